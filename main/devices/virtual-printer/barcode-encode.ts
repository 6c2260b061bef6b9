import {
  code128Patterns,
  code39Patterns,
  codabarPatterns,
  ean13Parity,
  eanLPatterns,
  itfPatterns,
} from './barcode-tables';
import { latin1 } from './commands';
import type { BarcodeSymbology } from './document';

/** GS k m, by m: forms 0–6 (NUL-terminated) and 65–79 (counted) name the same symbologies. */
export function symbologyFor(m: number): BarcodeSymbology | undefined {
  const classic: BarcodeSymbology[] = [
    'UPC-A',
    'UPC-E',
    'EAN13',
    'EAN8',
    'CODE39',
    'ITF',
    'CODABAR',
  ];
  const counted: BarcodeSymbology[] = [
    ...classic,
    'CODE93',
    'CODE128',
    'GS1-128',
    'GS1 DATABAR OMNI',
    'GS1 DATABAR TRUNCATED',
    'GS1 DATABAR LIMITED',
    'GS1 DATABAR EXPANDED',
    'CODE128 AUTO',
  ];
  return m <= 6 ? classic[m] : counted[m - 65];
}

export interface EncodedBarcode {
  /** What is printed under/over the bars. */
  hri: string;
  /** Bars and spaces in modules, from a bar; wide elements of two-width codes are 2.5. */
  modules: number[] | null;
  /** Why the printer would refuse the data, when it would. */
  problem?: string;
}

const widths = (pattern: string, wide = 1): number[] =>
  [...pattern].map((d) => (d === '2' && wide !== 1 ? wide : Number(d)));

const WIDE = 2.5; // Epson's narrow:wide ratio for GS w 2–6 (2:5, 3:8, 4:10, 5:13, 6:15).

function ean(digits: string, kind: 'EAN13' | 'EAN8'): EncodedBarcode {
  const total = kind === 'EAN13' ? 13 : 8;
  if (!/^\d+$/.test(digits) || (digits.length !== total && digits.length !== total - 1)) {
    return { hri: digits, modules: null, problem: `${kind} needs ${total - 1} or ${total} digits` };
  }
  const body = digits.slice(0, total - 1);
  const check = checkDigit(body);
  const full = body + String(check);
  const problem =
    digits.length === total && digits.endsWith(String(check)) === false
      ? `check digit should be ${check}`
      : undefined;
  const d = [...full].map(Number);
  const lCode = (n: number): number[] => widths(eanLPatterns[n] ?? '');
  const modules: number[] = [1, 1, 1];
  const left = kind === 'EAN13' ? d.slice(1, 7) : d.slice(0, 4);
  const right = kind === 'EAN13' ? d.slice(7) : d.slice(4);
  const parity = kind === 'EAN13' ? (ean13Parity[d[0] ?? 0] ?? 'LLLLLL') : 'LLLL';
  left.forEach((n, i) => modules.push(...(parity[i] === 'G' ? lCode(n).reverse() : lCode(n))));
  modules.push(1, 1, 1, 1, 1);
  right.forEach((n) => modules.push(...lCode(n)));
  // Guards and digits alternate from a bar: the left digits end on a bar, the middle
  // guard starts on a space, the right digits start on a bar.
  modules.push(1, 1, 1);
  return { hri: full, modules, problem };
}

/** The EAN/UPC check digit of the digits before it. */
export function checkDigit(body: string): number {
  const sum = [...body]
    .reverse()
    .reduce((acc, ch, i) => acc + Number(ch) * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

function code39(data: string): EncodedBarcode {
  const inner = data.replace(/^\*/, '').replace(/\*$/, '');
  if (inner.length === 0 || [...inner].some((c) => c === '*' || !code39Patterns[c])) {
    return { hri: data, modules: null, problem: 'CODE39 takes 0-9, A-Z, space and $ % + - . /' };
  }
  const modules: number[] = [];
  for (const c of `*${inner}*`) modules.push(...widths(code39Patterns[c] ?? '', WIDE), 1);
  modules.pop();
  return { hri: `*${inner}*`, modules };
}

function itf(data: string): EncodedBarcode {
  if (!/^\d+$/.test(data) || data.length % 2 !== 0) {
    return { hri: data, modules: null, problem: 'ITF needs an even number of digits' };
  }
  const modules = [1, 1, 1, 1];
  for (let i = 0; i < data.length; i += 2) {
    const bars = widths(itfPatterns[Number(data[i])] ?? '', WIDE);
    const spaces = widths(itfPatterns[Number(data[i + 1])] ?? '', WIDE);
    bars.forEach((b, k) => modules.push(b, spaces[k] ?? 1));
  }
  modules.push(WIDE, 1, 1);
  return { hri: data, modules };
}

function codabar(data: string): EncodedBarcode {
  const upper = data.toUpperCase();
  if (!/^[A-D][0-9\-$:/.+]*[A-D]$/.test(upper)) {
    return {
      hri: data,
      modules: null,
      problem: 'CODABAR starts and ends with A-D and holds 0-9 - $ : / . +',
    };
  }
  const modules: number[] = [];
  for (const c of upper) modules.push(...widths(codabarPatterns[c] ?? '', WIDE), 1);
  modules.pop();
  return { hri: upper, modules };
}

/**
 * CODE128 as ESC/POS sends it: "{A", "{B" or "{C" pick the code set (the data must start
 * with one), "{S" shifts, "{1"–"{4" are FNC1–4, "{{" is a brace; in code set C each byte
 * is a value 0–99.
 */
function code128(bytes: Uint8Array): EncodedBarcode {
  const starts: Record<number, [set: 'A' | 'B' | 'C', value: number]> = {
    0x41: ['A', 103],
    0x42: ['B', 104],
    0x43: ['C', 105],
  };
  const start = bytes[0] === 0x7b ? starts[bytes[1] ?? 0] : undefined;
  if (!start)
    return {
      hri: latin1(bytes),
      modules: null,
      problem: 'CODE128 data must start with {A, {B or {C',
    };
  let [set] = start;
  const values = [start[1]];
  let hri = '';
  for (let i = 2; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x7b && i + 1 < bytes.length && bytes[i + 1] !== 0x7b) {
      const code = String.fromCharCode(bytes[++i] ?? 0);
      const switchTo: Record<string, [set: 'A' | 'B' | 'C', value: number]> = {
        A: ['A', 101],
        B: ['B', 100],
        C: ['C', 99],
      };
      const fnc: Record<string, number> = { S: 98, '1': 102, '2': 97, '3': 96 };
      if (switchTo[code] && switchTo[code][0] !== set) {
        values.push(switchTo[code][1]);
        set = switchTo[code][0];
      } else if (code === '4') values.push(set === 'A' ? 101 : 100);
      else if (fnc[code] !== undefined) values.push(fnc[code]);
      else if (!switchTo[code])
        return { hri, modules: null, problem: `unknown CODE128 escape {${code}` };
      continue;
    }
    if (b === 0x7b) i++; // "{{" is one brace
    const value = code128Value(set, b);
    if (value === undefined) {
      return {
        hri,
        modules: null,
        problem: `byte 0x${b.toString(16)} cannot be sent in code set ${set}`,
      };
    }
    values.push(value);
    hri += set === 'C' ? String(b).padStart(2, '0') : b >= 0x20 ? String.fromCharCode(b) : ' ';
  }
  return { hri, modules: code128Modules(values) };
}

function code128Value(set: 'A' | 'B' | 'C', b: number): number | undefined {
  if (set === 'C') return b <= 99 ? b : undefined;
  if (set === 'A') return b < 0x20 ? b + 64 : b <= 0x5f ? b - 32 : undefined;
  return b >= 0x20 && b <= 0x7f ? b - 32 : undefined;
}

function code128Modules(values: number[]): number[] {
  const check = values.reduce((acc, v, i) => acc + v * Math.max(i, 1), 0) % 103;
  return [...values, check, 106].flatMap((v) => widths(code128Patterns[v] ?? ''));
}

/** CODE128 AUTO and GS1-128: the printer picks the code sets (C for even digit runs). */
function code128Auto(text: string, gs1: boolean): EncodedBarcode {
  if ([...text].some((c) => c.charCodeAt(0) > 0x7f)) {
    return { hri: text, modules: null, problem: 'CODE128 carries ASCII only' };
  }
  const allDigits = /^\d+$/.test(text) && text.length % 2 === 0;
  const values = [allDigits ? 105 : 104];
  if (gs1) values.push(102);
  if (allDigits) for (let i = 0; i < text.length; i += 2) values.push(Number(text.slice(i, i + 2)));
  else for (const c of text) values.push(c.charCodeAt(0) < 0x20 ? 0 : c.charCodeAt(0) - 32);
  return { hri: text, modules: code128Modules(values) };
}

/** The bars of a GS k barcode and its human-readable line. */
export function encodeBarcode(symbology: BarcodeSymbology, bytes: Uint8Array): EncodedBarcode {
  const text = latin1(bytes);
  switch (symbology) {
    case 'UPC-A': {
      // UPC-A is EAN-13 with a leading zero; its HRI keeps 12 digits.
      const encoded = ean(`0${text}`, 'EAN13');
      return { ...encoded, hri: encoded.hri.slice(1) };
    }
    case 'EAN13':
    case 'EAN8':
      return ean(text, symbology);
    case 'CODE39':
      return code39(text);
    case 'ITF':
      return itf(text);
    case 'CODABAR':
      return codabar(text);
    case 'CODE128':
      return code128(bytes);
    case 'CODE128 AUTO':
    case 'GS1-128':
      return code128Auto(text, symbology === 'GS1-128');
    default:
      // UPC-E, CODE93 and GS1 DataBar are recorded with their data but not drawn.
      return { hri: text, modules: null };
  }
}
