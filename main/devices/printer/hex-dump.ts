import { decodeByte, type CodePage } from '../../../shared/print/code-page';

// A readable dump of printer bytes for golden files: a new row after each line feed (so
// a diff points at the printed line that changed) and every 24 bytes, hex on the left,
// the characters on the right as the code page prints them, '.' for command bytes.

const perRow = 24;

export function hexDump(bytes: Uint8Array, page: CodePage): string {
  const rows: string[] = [];
  let row: number[] = [];
  const flush = () => {
    if (row.length === 0) return;
    const hex = row.map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const text = row
      .map((b) => (b >= 0x20 && b !== 0x7f ? (decodeByte(page, b) ?? '.') : '.'))
      .join('');
    rows.push(`${hex.padEnd(perRow * 3 - 1)}  |${text}`);
    row = [];
  };
  for (const byte of bytes) {
    row.push(byte);
    if (byte === 0x0a || row.length === perRow) flush();
  }
  flush();
  return rows.join('\n') + '\n';
}

/** Reads a dump back into bytes (the part left of each '|'). */
export function parseHexDump(dump: string): Uint8Array {
  const hex = dump
    .split('\n')
    .map((line) => line.split('  |')[0] ?? '')
    .join(' ')
    .trim();
  return Uint8Array.from(
    hex
      .split(/\s+/)
      .filter(Boolean)
      .map((h) => parseInt(h, 16)),
  );
}
