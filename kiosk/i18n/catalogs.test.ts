import { describe, expect, it } from 'vitest';
import type { Message } from '../../renderer/common/i18n/translator';
import { kioskLanguages } from './catalog';
import { catalogs } from './catalogs';

// The compiler already checks that every catalog has every key; this checks the words.

const placeholders = (message: Message): string[] => {
  const texts =
    typeof message === 'string' ? [message] : [message.one, message.other, message.zero ?? ''];
  return [
    ...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))),
  ]
    .filter((name) => name !== 'count')
    .sort();
};

describe('kiosk catalogs', () => {
  it('exist for every language the picker offers, French first', () => {
    expect(kioskLanguages[0].code).toBe('fr');
    for (const { code } of kioskLanguages) expect(catalogs[code]).toBeDefined();
    expect(kioskLanguages.length).toBeGreaterThanOrEqual(6);
  });

  for (const { code } of kioskLanguages.slice(1)) {
    it(`${code} says everything French says, with the same placeholders`, () => {
      for (const [key, reference] of Object.entries(catalogs.fr)) {
        const message = catalogs[code][key as keyof typeof catalogs.fr];
        const texts = typeof message === 'string' ? [message] : [message.one, message.other];
        for (const text of texts) expect(text.trim(), `${code} ${key}`).not.toBe('');
        expect(placeholders(message), `${code} ${key}`).toEqual(placeholders(reference));
      }
    });
  }
});
