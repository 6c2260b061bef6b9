import { describe, expect, it } from 'vitest';
import { preferredVisitorLanguage, visitorLanguages, visitorLocales } from './visitor-languages';
import { waitWords } from './wait-words';

describe('preferredVisitorLanguage', () => {
  it('takes the first browser language visitors are offered, by its primary subtag', () => {
    expect(preferredVisitorLanguage(['uk-UA', 'ru', 'en-US'])).toBe('uk');
    expect(preferredVisitorLanguage(['de-DE', 'ES'])).toBe('es');
    expect(preferredVisitorLanguage(['ar_MA'])).toBe('ar');
  });

  it('falls back to French, the site’s language', () => {
    expect(preferredVisitorLanguage([])).toBe('fr');
    expect(preferredVisitorLanguage(['de', 'it', ''])).toBe('fr');
  });

  it('has a locale for every language, French first', () => {
    expect(visitorLanguages[0].code).toBe('fr');
    for (const { code } of visitorLanguages) expect(visitorLocales[code]).toMatch(/^[a-z]{2}-/);
  });
});

describe('waitWords', () => {
  it('says unknown, minutes, or hours and minutes', () => {
    expect(waitWords(null)).toEqual({ key: 'wait.unknown' });
    expect(waitWords(Number.NaN)).toEqual({ key: 'wait.unknown' });
    expect(waitWords(0.4)).toEqual({ key: 'wait.minutes', count: 0 });
    expect(waitWords(12)).toEqual({ key: 'wait.minutes', count: 12 });
    expect(waitWords(125)).toEqual({ key: 'wait.hours', hours: 2, minutes: '05' });
  });
});
