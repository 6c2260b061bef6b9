import { storeToRefs } from 'pinia';
import { computed } from 'vue';
import { translate, type Params } from '../../renderer/common/i18n/translator';
import { catalogs } from '../i18n/catalogs';
import type { MessageKey } from '../i18n/catalog';
import { formatTime, localeOf, localized, waitWords } from '../logic/format';
import { useSessionStore } from '../stores/session';

/** The visitor's language at work: messages, names from the hub, times and waits. */
export function useTranslate() {
  const { language } = storeToRefs(useSessionStore());
  const t = (key: MessageKey, params?: Params) => translate(catalogs, language.value, key, params);
  const name = (text: Record<string, string> | undefined, fallback = '') =>
    localized(text as Parameters<typeof localized>[0], language.value, fallback);
  const wait = (minutes: number | null | undefined) => {
    const words = waitWords(minutes);
    return words.key === 'wait.unknown' ? t(words.key) : t(words.key, words as unknown as Params);
  };
  const time = (epochMs: number) => formatTime(epochMs, language.value);
  return { t, name, wait, time, language, locale: computed(() => localeOf(language.value)) };
}
