import { languages, type LanguageOf } from '../../i18n/languages';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { PrintLabels, PrintWords } from './types';
import { uk } from './uk';

export type { PrintLabels, PrintWords } from './types';

const words: Record<LanguageOf<'print'>, PrintWords> = { fr, en, es, ar, pt, uk };

/** Each print language's words, with its locale and direction from the languages table. */
export const printLabels = Object.fromEntries(
  Object.entries(words).map(([code, labels]) => {
    const { locale, direction } = languages[code as LanguageOf<'print'>];
    return [code, { ...labels, locale, direction }];
  }),
) as Record<LanguageOf<'print'>, PrintLabels>;
