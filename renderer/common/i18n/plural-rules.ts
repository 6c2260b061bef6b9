// CLDR plural rules for vue-i18n. Its default choice (0 → first form, 1 → second, more →
// third) is not CLDR's: Arabic has six forms, Ukrainian four. A plural message lists one
// form per CLDR category of its language, in CLDR's order (zero, one, two, few, many,
// other), optionally after one more form said for exactly 0 ("Personne n’attend").

const cldrOrder = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof cldrOrder)[number];

/** The CLDR categories of a locale, in CLDR order: ['one', 'few', 'many', 'other'] for uk. */
export function pluralCategories(locale: string): PluralCategory[] {
  const found = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return cldrOrder.filter((category) => found.includes(category));
}

/** How many forms a plural message may have in a locale: its categories, or one more for 0. */
export function pluralFormCounts(locale: string): [number, number] {
  const count = pluralCategories(locale).length;
  return [count, count + 1];
}

/** A vue-i18n `pluralRules` entry: the index of the form to say for `choice`. */
export function cldrPluralRule(locale: string): (choice: number, choicesLength: number) => number {
  const rules = new Intl.PluralRules(locale);
  const categories = pluralCategories(locale);
  return (choice, choicesLength) => {
    if (choicesLength < 2) return 0;
    const exactZero = choicesLength === categories.length + 1;
    if (exactZero && choice === 0) return 0;
    const index = categories.indexOf(rules.select(Math.abs(choice)));
    return Math.min((exactZero ? 1 : 0) + index, choicesLength - 1);
  };
}
