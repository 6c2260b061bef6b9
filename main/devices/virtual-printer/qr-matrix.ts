import QRCode from 'qrcode';
import { latin1 } from './commands';
import type { QrSymbol } from './document';

export interface QrMatrix {
  /** Modules per side. */
  size: number;
  /** dark[row * size + col] is 1 for a dark module. */
  dark: Uint8Array;
}

const cache = new Map<string, QrMatrix | null>();
const CACHE_LIMIT = 256;

/**
 * The modules the printer would print for a QR symbol, as the `qrcode` package builds
 * them (model 2; the printer picks the version, as the package does). Null when the
 * data does not fit a QR code at that error correction level.
 */
export function qrMatrix(symbol: Pick<QrSymbol, 'bytes' | 'errorCorrection'>): QrMatrix | null {
  const isAscii = symbol.bytes.every((b) => b < 0x80);
  const key = `${symbol.errorCorrection}:${Buffer.from(symbol.bytes).toString('base64')}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  let matrix: QrMatrix | null;
  try {
    // ASCII goes in as text so numeric/alphanumeric modes are chosen as a printer does.
    const segments = isAscii
      ? latin1(symbol.bytes)
      : [{ data: Uint8Array.from(symbol.bytes), mode: 'byte' as const }];
    const qr = QRCode.create(segments, { errorCorrectionLevel: symbol.errorCorrection });
    matrix = { size: qr.modules.size, dark: Uint8Array.from(qr.modules.data) };
  } catch {
    matrix = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, matrix);
  return matrix;
}
