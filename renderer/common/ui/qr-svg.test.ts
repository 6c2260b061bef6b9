import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvgPath } from './qr-svg';

/** Paints the path's rectangles back into a grid of modules. */
function paint(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) {
      const row = grid[Number(y)];
      if (row) row[Number(x) + i] = true;
    }
  }
  return grid;
}

describe('qrSvgPath', () => {
  it('draws exactly the modules of the QR symbol, inside a 4-module quiet zone', () => {
    const text = 'https://rendez-vous.example.fr/cni';
    const { size, path } = qrSvgPath(text);
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    expect(size).toBe(modules.size + 8);
    const grid = paint(path, size);
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const inside = x >= 4 && y >= 4 && x < size - 4 && y < size - 4;
        const expected = inside ? Boolean(modules.get(y - 4, x - 4)) : false;
        expect(grid[y]?.[x], `module ${x},${y}`).toBe(expected);
      }
  });
});
