import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DecodedJob } from './document';
import type { JobFiles } from './job-store';
import { renderHtml } from './render-html';
import { renderPng } from './render-png';

/** "0007" for job 7: names sort in print order in a file browser. */
export const jobFileStem = (id: number): string => String(id).padStart(4, '0');

// Written under a temporary name and renamed, so a viewer watching the folder never
// opens half a picture.
async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

/** Writes a job's raw bytes, text, HTML and PNG as <n>.bin/.txt/.html/.png in `dir`. */
export async function writeJobFiles(
  dir: string,
  id: number,
  raw: Uint8Array,
  decoded: DecodedJob,
  text: string,
): Promise<JobFiles> {
  await mkdir(dir, { recursive: true });
  const stem = join(dir, jobFileStem(id));
  const files: JobFiles = {
    bin: `${stem}.bin`,
    txt: `${stem}.txt`,
    html: `${stem}.html`,
    png: `${stem}.png`,
  };
  const png = await renderPng(decoded);
  await Promise.all([
    writeAtomically(files.bin, raw),
    writeAtomically(files.txt, `${text}\n`),
    writeAtomically(files.html, renderHtml(decoded, `Ticket ${jobFileStem(id)}`)),
    writeAtomically(files.png, png),
  ]);
  return files;
}
