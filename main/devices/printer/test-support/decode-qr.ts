import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { renderPng } from '../../virtual-printer/render-png';
import type { DecodedJob } from '../../virtual-printer/document';

/** Reads the QR codes on a printed job's picture, as a phone camera would. */
export async function qrCodesOnPaper(job: DecodedJob): Promise<string[]> {
  const png = PNG.sync.read(await renderPng(job));
  const found: string[] = [];
  // jsQR finds one code per image: scan horizontal bands tall enough for one symbol.
  const band = Math.min(png.height, 600);
  for (let top = 0; top < png.height; top += band / 2) {
    const height = Math.min(band, png.height - top);
    const slice = png.data.subarray(top * png.width * 4, (top + height) * png.width * 4);
    const code = jsQR(new Uint8ClampedArray(slice), png.width, height);
    if (code && !found.includes(code.data)) found.push(code.data);
    if (top + height >= png.height) break;
  }
  return found;
}
