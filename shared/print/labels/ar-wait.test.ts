import { describe, expect, it } from 'vitest';
import { printLabels } from '.';

// The printed Arabic wait, checked against CLDR's rules for Arabic (zero n=0 · one n=1 ·
// two n=2 · few n%100=3..10 · many n%100=11..99 · other): the noun after 3–10 is the
// plural دقائق, after 11 and more the singular دقيقة — the kiosk's screen says the same.
describe('the printed Arabic wait', () => {
  it.each([
    [0, 'أقل من دقيقة'],
    [1, 'حوالي دقيقة واحدة'],
    [2, 'حوالي دقيقتين'],
    [3, 'حوالي 3 دقائق'],
    [10, 'حوالي 10 دقائق'],
    [11, 'حوالي 11 دقيقة'],
    [59, 'حوالي 59 دقيقة'],
    [60, 'حوالي ساعة واحدة'],
    [100, 'حوالي ساعة واحدة و40 دقيقة'],
    [125, 'حوالي ساعتين و5 دقائق'],
    [183, 'حوالي 3 ساعات و3 دقائق'],
  ])('%i minutes: %s', (n, text) => {
    expect(printLabels.ar.waitMinutes(n)).toBe(text);
  });
});
