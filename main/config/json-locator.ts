// Maps a path inside a JSON document (as zod reports it: ['services', 2, 'cap']) to the
// line and column where that value is written, so a refused file names the line at fault.
// JSON.parse gives no positions, hence this small position-recording scanner.

export interface JsonPosition {
  line: number;
  column: number;
}

export type JsonPath = readonly PropertyKey[];

export interface JsonLocation extends JsonPosition {
  /** The part of the path that exists in the document (the rest is missing there). */
  found: PropertyKey[];
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: JsonPosition,
  ) {
    super(`${message} at line ${position.line}, column ${position.column}`);
    this.name = 'JsonSyntaxError';
  }
}

/** Positions of every value in the document, keyed by its path. */
export function indexJson(text: string): Map<string, JsonPosition> {
  const positions = new Map<string, JsonPosition>();
  let i = 0;

  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) lineStarts.push(k + 1);
  const positionAt = (offset: number): JsonPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  const fail = (what: string): never => {
    throw new JsonSyntaxError(what, positionAt(i));
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i] ?? '')) i++;
  };
  const expect = (char: string) => {
    skipSpace();
    if (text[i] !== char) fail(`expected "${char}"`);
    i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readLiteral = () => {
    const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!match) fail('unexpected character');
    i += match?.[0].length ?? 0;
  };
  const readValue = (path: PropertyKey[]) => {
    skipSpace();
    positions.set(keyOf(path), positionAt(i));
    const char = text[i];
    if (char === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') return void i++;
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        const name = readString();
        expect(':');
        readValue([...path, name]);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail('expected "," or "}"');
      }
    }
    if (char === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        readValue([...path, index]);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail('expected "," or "]"');
      }
    }
    if (char === '"') return void readString();
    readLiteral();
  };

  readValue([]);
  skipSpace();
  if (i < text.length) fail('unexpected text after the end of the document');
  return positions;
}

/** Where `path` is written in `text`; a missing tail resolves to its nearest parent. */
export function locateJsonPath(text: string, path: JsonPath): JsonLocation {
  const positions = indexJson(text);
  for (let length = path.length; length >= 0; length--) {
    const found = path.slice(0, length);
    const position = positions.get(keyOf(found));
    if (position) return { ...position, found };
  }
  return { line: 1, column: 1, found: [] };
}

function keyOf(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((part) => (typeof part === 'symbol' ? String(part) : part)));
}
