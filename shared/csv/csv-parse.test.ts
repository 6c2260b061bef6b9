import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { parseCsv } from './csv-parse';
import type { CsvColumn as Column } from './csv';

const columns: Column[] = [
  { key: 'label', label: { fr: 'Appareil', en: 'Device' } },
  { key: 'code', label: { fr: 'Code', en: 'Code' } },
];
const rows = [
  { label: 'Borne; hall', code: 'A1' },
  { label: 'Écran "état civil"', code: '=B2' },
  { label: 'Deux\nlignes', code: ' espaces ' },
];

describe('reading back the CSV csv.ts writes', () => {
  it.each(['fr', 'intl'] as const)('gives back every cell of the %s form', (style) => {
    const [header, ...cells] = parseCsv(toCsv(columns, rows, style));
    expect(header).toEqual(style === 'fr' ? ['Appareil', 'Code'] : ['Device', 'Code']);
    expect(cells).toEqual(rows.map((row) => [row.label, row.code]));
  });

  it('reads LF line ends and a last line without one', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
