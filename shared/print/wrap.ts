// Word wrapping for monospaced printer fonts. Words longer than a line are cut (a long
// reference must still print whole), spaces between lines are dropped.

export function wrapText(text: string, width: number): string[] {
  if (width < 1) throw new RangeError(`line width must be at least 1, got ${width}`);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w.length > 0)) {
      let rest = word;
      while ([...rest].length > width) {
        if (current) {
          lines.push(current);
          current = '';
        }
        const chars = [...rest];
        lines.push(chars.slice(0, width).join(''));
        rest = chars.slice(width).join('');
      }
      if (!rest) continue;
      const candidate = current ? `${current} ${rest}` : rest;
      if ([...candidate].length <= width) current = candidate;
      else {
        lines.push(current);
        current = rest;
      }
    }
    lines.push(current);
  }
  return lines;
}

/** A label on the left and a value on the right of one line, or two lines if too long. */
export function spreadLine(start: string, end: string, width: number): string[] {
  const gap = width - [...start].length - [...end].length;
  if (gap >= 1) return [start + ' '.repeat(gap) + end];
  return [...wrapText(start, width), ...wrapText(end, width).map((l) => l.padStart(width))];
}

/** Wraps with a prefix on the first line and a hanging indent on the others. */
export function wrapWithPrefix(prefix: string, text: string, width: number): string[] {
  const indent = [...prefix].length;
  if (indent === 0 || indent >= width) return wrapText(prefix + text, width);
  return wrapText(text, width - indent).map(
    (line, i) => (i === 0 ? prefix : ' '.repeat(indent)) + line,
  );
}
