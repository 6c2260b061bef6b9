import { describe, expect, it } from 'vitest';
import { catalogProblems, translate, type Catalog } from './translator';

type Key = 'hello' | 'ahead' | 'only-fr';
const fr: Catalog<Key> = {
  hello: 'Bonjour {name}',
  ahead: {
    zero: 'Personne devant vous',
    one: '{count} personne devant vous',
    other: '{count} personnes devant vous',
  },
  'only-fr': 'Seulement en français',
};
const en: Catalog<Key> = {
  hello: 'Hello {name}',
  ahead: { one: '{count} person ahead', other: '{count} people ahead' },
  'only-fr': '',
};
const catalogs = { fr, en };

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(catalogs, 'fr', 'hello', { name: 'IRIS' })).toBe('Bonjour IRIS');
    expect(translate(catalogs, 'en', 'hello')).toBe('Hello {name}');
  });

  it('chooses plural forms by the language rules', () => {
    expect(translate(catalogs, 'fr', 'ahead', { count: 0 })).toBe('Personne devant vous');
    expect(translate(catalogs, 'fr', 'ahead', { count: 1 })).toBe('1 personne devant vous');
    expect(translate(catalogs, 'fr', 'ahead', { count: 4 })).toBe('4 personnes devant vous');
    expect(translate(catalogs, 'en', 'ahead', { count: 0 })).toBe('0 people ahead');
  });

  it('falls back to French for a language it does not know', () => {
    expect(translate(catalogs, 'xx', 'hello', { name: 'A' })).toBe('Bonjour A');
  });
});

describe('catalogProblems', () => {
  it('names empty messages and placeholders that differ from the reference', () => {
    expect(catalogProblems(fr, { ...fr, hello: 'Hello' })).toEqual([
      'hello: placeholders {}, expected {name}',
    ]);
    expect(catalogProblems(fr, en)).toEqual(['only-fr: empty']);
    expect(catalogProblems(fr, fr)).toEqual([]);
  });
});
