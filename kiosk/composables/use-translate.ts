import { storeToRefs } from 'pinia';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Params } from '../../renderer/common/i18n/create-app-i18n';
import { waitText } from '../../renderer/common/i18n/wait-text';
import { languages } from '../../shared/i18n/languages';
import { kioskI18n, type MessageKey } from '../i18n/kiosk-i18n';
import { localized } from '../logic/format';
import { useSessionStore } from '../stores/session-store';

/** The visitor's language at work: messages, names from the hub, times and waits. */
export function useTranslate() {
  const i18n = useI18n({ useScope: 'global' });
  const { language } = storeToRefs(useSessionStore());
  const t = (key: MessageKey, params: Params = {}) => i18n.t(key, params);
  const name = (text: Record<string, string> | undefined, fallback = '') =>
    localized(text as Parameters<typeof localized>[0], language.value, fallback);
  const wait = (estimate: Parameters<typeof waitText>[1]) => waitText(t, estimate);
  const time = (epochMs: number) => kioskI18n.d(epochMs, 'time');
  return {
    t,
    name,
    wait,
    time,
    language,
    locale: computed(() => languages[language.value].locale),
  };
}
