import { describe, expect, it } from 'vitest';
import { languages, languagesFor } from '../../../shared/i18n/languages';
import { catalogProblems } from '../../common/i18n/catalog-problems';
import { expectedWaits, saidWaits } from '../../common/i18n/test-support/wait-expectations';
import { statusCatalogs, statusI18n } from './status-i18n';

// The compiler checks every catalog has every key; this checks the words are there.

describe('status page catalogs', () => {
  for (const code of languagesFor('status'))
    it(`${code} says everything French says, with the same placeholders and ${code}'s plural forms`, () => {
      expect(
        catalogProblems(statusCatalogs.fr, statusCatalogs[code], languages[code].locale),
      ).toEqual([]);
    });

  for (const code of languagesFor('status'))
    it(`${code} says 0, 1, 2, 3, 11 and 100 minutes in its own plural forms`, () => {
      expect(saidWaits((key, params) => statusI18n.t(key, params, code))).toEqual(
        expectedWaits(code),
      );
    });
});
