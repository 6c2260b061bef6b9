import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from './csv';

describe('CSV', () => {
  const columns: CsvColumn[] = [
    { key: 'name', label: { fr: 'Libellé', en: 'Label' } },
    { key: 'share', label: { fr: 'Part', en: 'Share' } },
    { key: 'n', label: { fr: 'Nombre', en: 'Count' } },
  ];
  const rows = [
    { name: 'Accueil; état civil', share: 0.25, n: 12 },
    { name: 'Le "guichet" 2', share: 1 / 3, n: 0 },
    { name: 'ligne 1\nligne 2', share: null, n: 1500 },
    { name: '=HYPERLINK("x")', share: 0.5, n: -1 },
  ];

  it('writes French spreadsheets’ form: BOM, semicolons, decimal comma, quoted fields', () => {
    expect(toCsv(columns, rows, 'fr')).toBe(
      '\uFEFFLibellé;Part;Nombre\r\n' +
        '"Accueil; état civil";0,25;12\r\n' +
        '"Le ""guichet"" 2";0,3333;0\r\n' +
        '"ligne 1\nligne 2";;1500\r\n' +
        `"'=HYPERLINK(""x"")";0,5;-1\r\n`,
    );
  });

  it('writes the international form: commas, dots, no BOM, English headers', () => {
    expect(toCsv(columns, rows, 'intl')).toBe(
      'Label,Share,Count\r\n' +
        'Accueil; état civil,0.25,12\r\n' +
        '"Le ""guichet"" 2",0.3333,0\r\n' +
        '"ligne 1\nligne 2",,1500\r\n' +
        `"'=HYPERLINK(""x"")",0.5,-1\r\n`,
    );
    expect(toCsv(columns, [{ name: 'a, b', share: 0, n: 1 }], 'intl').split('\r\n')[1]).toBe(
      '"a, b",0,1',
    );
  });
});
