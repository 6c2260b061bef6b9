import { describe, expect, it } from 'vitest';
import { catalogProblems } from '../../renderer/common/i18n/translator';
import { kioskLanguages } from './catalog';
import { catalogs } from './catalogs';

// The compiler already checks that every catalog has every key; this checks the words.

describe('kiosk catalogs', () => {
  it('exist for every language the picker offers, French first', () => {
    expect(kioskLanguages[0].code).toBe('fr');
    for (const { code } of kioskLanguages) expect(catalogs[code]).toBeDefined();
    expect(kioskLanguages.length).toBeGreaterThanOrEqual(6);
  });

  for (const { code } of kioskLanguages.slice(1))
    it(`${code} says everything French says, with the same placeholders`, () => {
      expect(catalogProblems(catalogs.fr, catalogs[code])).toEqual([]);
    });
});
