import { inject, provide, ref, watchEffect, type InjectionKey } from 'vue';
import { translate, type Params } from '../../common/i18n/translator';
import {
  preferredVisitorLanguage,
  visitorLanguageInfo,
  visitorLocales,
  type VisitorLanguage,
} from '../../common/i18n/visitor-languages';
import { waitWords } from '../../common/i18n/wait-words';
import { statusCatalogs, type StatusMessageKey } from '../i18n/catalog';

/**
 * The page's language: the browser's first preferred one among the visitor languages
 * (French otherwise), switchable on the page; the document's `lang` and `dir` follow.
 * Called once at the root; components below get the same words with `useStatusWords()`.
 */
export function useStatusLanguage(browserLanguages: readonly string[]) {
  const language = ref<VisitorLanguage>(preferredVisitorLanguage(browserLanguages));

  watchEffect(() => {
    const root = document.documentElement;
    root.lang = language.value;
    root.dir = visitorLanguageInfo(language.value).dir;
  });

  const t = (key: StatusMessageKey, params?: Params) =>
    translate(statusCatalogs, language.value, key, params);
  const wait = (minutes: number | null) => {
    const words = waitWords(minutes);
    if (words.key === 'wait.unknown') return t(words.key);
    return words.key === 'wait.minutes'
      ? t(words.key, { count: words.count })
      : t(words.key, { hours: words.hours, minutes: words.minutes });
  };
  /** A time of day on the phone's clock ("14:05"): 24-hour, Latin digits, as on the ticket. */
  const time = (epochMs: number) =>
    new Intl.DateTimeFormat(visitorLocales[language.value], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(epochMs);

  const words = { language, t, wait, time };
  provide(wordsKey, words);
  return words;
}

type StatusWords = ReturnType<typeof useStatusLanguage>;
const wordsKey: InjectionKey<StatusWords> = Symbol('status words');

/** The page's words, in a component under the one that called `useStatusLanguage`. */
export function useStatusWords(): StatusWords {
  const words = inject(wordsKey);
  if (!words) throw new Error('useStatusWords() needs useStatusLanguage() in a parent');
  return words;
}
