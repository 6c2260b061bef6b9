import { describe, expect, it } from 'vitest';
import { languages, languagesFor } from '../../../shared/i18n/languages';
import { catalogProblems } from '../../common/i18n/catalog-problems';
import { displayCatalogs, displayI18n } from './display-i18n';

// The compiler checks every catalog has every key; this checks the words are there.

describe('display catalogs', () => {
  it('offers the six visitor languages, French first', () => {
    expect(displayI18n.offered).toEqual(['fr', 'en', 'es', 'ar', 'pt', 'uk']);
  });

  for (const code of languagesFor('display'))
    it(`${code} says everything French says, with the same placeholders and ${code}'s plural forms`, () => {
      expect(
        catalogProblems(displayCatalogs.fr, displayCatalogs[code], languages[code].locale),
      ).toEqual([]);
    });

  it('counts people waiting in each language’s plural forms', () => {
    const said = (code: (typeof displayI18n.offered)[number]) =>
      [0, 1, 2, 3, 11, 100].map((count) => displayI18n.t('people', { count }, code));
    expect(said('fr')).toEqual([
      'aucune personne',
      '1 personne',
      '2 personnes',
      '3 personnes',
      '11 personnes',
      '100 personnes',
    ]);
    expect(said('ar')).toEqual(['لا أحد', 'شخص واحد', 'شخصان', '3 أشخاص', '11 شخصًا', '100 شخص']);
    expect(said('uk')).toEqual(['нікого', '1 особа', '2 особи', '3 особи', '11 осіб', '100 осіб']);
  });

  it('says minutes in Arabic’s forms after the figure, and ranges by their upper bound', () => {
    const minutes = [1, 2, 3, 11, 100].map((count) =>
      displayI18n.t('minutes', { minutes: count, count }, 'ar'),
    );
    expect(minutes).toEqual(['≈ 1 دقيقة', '≈ 2 دقيقتان', '≈ 3 دقائق', '≈ 11 دقيقة', '≈ 100 دقيقة']);
    expect(displayI18n.t('minutesRange', { low: 5, high: 10, count: 10 }, 'ar')).toBe('5–10 دقائق');
    expect(displayI18n.t('minutesRange', { low: 15, high: 25, count: 25 }, 'fr')).toBe('15–25 min');
  });
});
