import QRCode from 'qrcode';

/**
 * A QR code as one SVG path (one unit per module, a 4-module quiet zone), built
 * synchronously in the browser: no canvas, no image decoding, crisp at any size.
 */
export function qrSvgPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const margin = 4;
  const n = modules.size;
  let path = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      // One horizontal run per rectangle keeps the path short.
      path += `M${start + margin} ${y + margin}h${x - start}v1h-${x - start}z`;
    }
  }
  return { size: n + margin * 2, path };
}
