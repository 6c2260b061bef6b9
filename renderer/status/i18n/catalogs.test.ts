import { describe, expect, it } from 'vitest';
import { catalogProblems } from '../../common/i18n/translator';
import { visitorLanguages } from '../../common/i18n/visitor-languages';
import { statusCatalogs } from './catalog';

// The compiler checks every catalog has every key; this checks the words are there.

describe('status page catalogs', () => {
  for (const { code } of visitorLanguages.slice(1))
    it(`${code} says everything French says, with the same placeholders`, () => {
      expect(catalogProblems(statusCatalogs.fr, statusCatalogs[code])).toEqual([]);
    });
});
