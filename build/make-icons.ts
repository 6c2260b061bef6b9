// `npx tsx build/make-icons.ts`: the app's icons, drawn from build/resources/icon.svg
// (the one source) into the PNGs electron-builder reads from its build resources:
// icon.png (512 px; Windows' .ico is made from it) and icons/<N>x<N>.png for Linux's
// desktop entry. Run again after changing the SVG, and commit the PNGs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';

export const iconSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const resourcesDir = join(import.meta.dirname, 'resources');

async function render(svg: Buffer, size: number): Promise<Buffer> {
  const image = await loadImage(svg);
  const canvas = createCanvas(size, size);
  canvas.getContext('2d').drawImage(image, 0, 0, size, size);
  return canvas.toBuffer('image/png');
}

async function main(): Promise<void> {
  const svg = readFileSync(join(resourcesDir, 'icon.svg'));
  mkdirSync(join(resourcesDir, 'icons'), { recursive: true });
  for (const size of iconSizes)
    writeFileSync(join(resourcesDir, 'icons', `${size}x${size}.png`), await render(svg, size));
  writeFileSync(join(resourcesDir, 'icon.png'), await render(svg, 512));
  console.log(`icons written to ${resourcesDir}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
