import { inject, provide, type InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';
import { preferredLanguage } from '../../../shared/i18n/languages';
import type { Params } from '../../common/i18n/create-app-i18n';
import { waitText } from '../../common/i18n/wait-text';
import { statusI18n, type StatusMessageKey } from '../i18n/status-i18n';

/**
 * The page's language: the browser's first preferred one among those the status page
 * offers (French otherwise), switchable on the page; the document's `lang` and `dir`
 * follow (renderer/common/i18n). Called once at the root; components below get the same
 * words with `useStatusWords()`.
 */
export function useStatusLanguage(browserLanguages: readonly string[]) {
  const { language } = statusI18n;
  language.value = preferredLanguage('status', browserLanguages);
  const i18n = useI18n({ useScope: 'global' });

  const t = (key: StatusMessageKey, params: Params = {}) => i18n.t(key, params);
  const wait = (estimate: Parameters<typeof waitText>[1]) => waitText(t, estimate);
  /** A time of day on the phone's clock ("14:05"): 24-hour, Latin digits, as on the ticket. */
  const time = (epochMs: number) => statusI18n.d(epochMs, 'time');

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
