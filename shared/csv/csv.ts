// Tables as CSV files that spreadsheets open as they are (statistics, enrolment codes).

/** A column: the rows' key it reads and its heading in each language. */
export interface CsvColumn {
  key: string;
  label: { fr: string; en: string };
}

/** A record: its cells by column key; a missing or null cell is empty. */
export type CsvRow = Readonly<Record<string, string | number | null | undefined>>;

export type CsvStyle = 'fr' | 'intl';

interface Dialect {
  separator: string;
  decimal: string;
  /** A byte order mark, so that spreadsheets open UTF-8 as UTF-8 (Excel needs it). */
  bom: string;
}

const dialects: Record<CsvStyle, Dialect> = {
  // French spreadsheets read ";" between fields and "," in numbers.
  fr: { separator: ';', decimal: ',', bom: '\uFEFF' },
  intl: { separator: ',', decimal: '.', bom: '' },
};

/** Digits kept for shares (0–1) and means. */
const FRACTION_DIGITS = 4;

function numberText(value: number, dialect: Dialect): string {
  const text = Number.isInteger(value)
    ? String(value)
    : String(Math.round(value * 10 ** FRACTION_DIGITS) / 10 ** FRACTION_DIGITS);
  return dialect.decimal === '.' ? text : text.replace('.', dialect.decimal);
}

function quoted(text: string, dialect: Dialect): string {
  // A cell starting like a formula is run by spreadsheets: keep it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(dialect.separator) || /["\r\n]/.test(safe) || safe !== safe.trim()
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

function cell(value: string | number | null | undefined, dialect: Dialect): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value, dialect) : '';
  return quoted(value, dialect);
}

/**
 * A table as CSV (RFC 4180: CRLF between records, fields with the separator, quotes or
 * line breaks quoted, quotes doubled). Headers are the columns' labels in the language.
 */
export function toCsv(
  columns: readonly CsvColumn[],
  rows: readonly CsvRow[],
  style: CsvStyle,
  language: 'fr' | 'en' = style === 'fr' ? 'fr' : 'en',
): string {
  const dialect = dialects[style];
  const lines = [
    columns.map((c) => quoted(c.label[language], dialect)).join(dialect.separator),
    ...rows.map((row) => columns.map((c) => cell(row[c.key], dialect)).join(dialect.separator)),
  ];
  return `${dialect.bom}${lines.join('\r\n')}\r\n`;
}
