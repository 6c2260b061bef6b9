import { open } from 'node:fs/promises';

// The newest lines of the app's log file, for the admin screen: read from the end (the
// file grows to 5 MB before it rotates), never the whole file.

const MAX_LINE = 2000;

export async function tailLines(
  path: string,
  count: number,
  maxBytes = 256 * 1024,
): Promise<string[]> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  try {
    const { size } = await file.stat();
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    await file.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split(/\r?\n/);
    // A read that starts mid-file starts mid-line: that first piece is dropped.
    if (length < size) lines.shift();
    return lines
      .filter((line) => line.length > 0)
      .slice(-count)
      .map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line));
  } finally {
    await file.close();
  }
}
