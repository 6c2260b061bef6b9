import { describe, expect, it } from 'vitest';
import { catalogProblems } from './catalog-problems';

const fr = {
  hello: 'Bonjour {name}',
  ahead:
    'Personne devant vous | {count} personne devant vous | {count} de personnes devant vous | {count} personnes devant vous',
  only: 'Seulement en français',
};

describe('catalogProblems', () => {
  it('finds nothing wrong with a complete catalog', () => {
    expect(catalogProblems(fr, fr, 'fr-FR')).toEqual([]);
    const en = {
      hello: 'Hello {name}',
      ahead: '{count} person ahead | {count} people ahead',
      only: 'Only',
    };
    expect(catalogProblems(fr, en, 'en-GB')).toEqual([]);
  });

  it('names missing, extra and empty messages and placeholders that differ', () => {
    expect(catalogProblems(fr, { ...fr, hello: 'Hello', only: ' ', extra: 'x' }, 'fr-FR')).toEqual([
      'extra: not in the reference catalog',
      'hello: placeholders {}, expected {name}',
      'only: empty',
    ]);
    const { only: _dropped, ...partial } = fr;
    expect(catalogProblems(fr, partial, 'fr-FR')).toEqual(['only: missing']);
  });

  it('asks for one form per CLDR category of the language (one more for 0)', () => {
    const ar = { ...fr, ahead: 'لا أحد | {count} شخص' };
    expect(catalogProblems(fr, ar, 'ar-u-nu-latn')).toEqual([
      "ahead: 2 plural forms, expected 6 (ar-u-nu-latn's CLDR categories) or 7 (with one for 0)",
    ]);
    expect(catalogProblems(fr, { ...fr, only: 'a | b' }, 'fr-FR')).toEqual([
      'only: plural forms, expected one',
    ]);
  });

  it('refuses what vue-i18n cannot say: broken placeholders, linked messages', () => {
    const problems = catalogProblems(
      fr,
      { ...fr, hello: 'Bonjour {name', only: 'écrire à a@b' },
      'fr-FR',
    );
    expect(problems.some((p) => p.startsWith('hello: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('only: '))).toBe(true);
  });
});
