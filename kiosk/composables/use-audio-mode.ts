import { storeToRefs } from 'pinia';
import { nextTick, onScopeDispose, ref, watch, type Ref } from 'vue';
import { readableText } from '../../renderer/common/a11y/focus';
import { createBrowserSpeaker } from '../../renderer/common/a11y/speech';
import { useNavigationStore } from '../stores/navigation-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';

/**
 * Audio mode: reads each screen aloud in the visitor's language when it appears or
 * changes (the ticket, once issued, with its number and wait), with speechSynthesis.
 * `voiceAvailable` says whether this machine has a voice for the language: the screen
 * says so when it has none.
 */
export function useAudioMode(main: Ref<HTMLElement | null>) {
  const session = useSessionStore();
  const navigation = useNavigationStore();
  const tickets = useTicketStore();
  const { language, modes } = storeToRefs(session);
  const speaker = createBrowserSpeaker();
  const voiceAvailable = ref(false);
  let pending: ReturnType<typeof setTimeout> | undefined;

  const checkVoice = () => (voiceAvailable.value = speaker.voiceFor(language.value) !== null);
  checkVoice();
  const stopVoices = speaker.onVoicesChanged(checkVoice);
  watch(language, checkVoice);

  function readScreen() {
    clearTimeout(pending);
    if (!modes.value.audio) return speaker.cancel();
    // Let the screen settle (several stores change in one tap) before reading it.
    pending = setTimeout(async () => {
      await nextTick();
      speaker.speak(readableText(main.value), language.value);
    }, 150);
  }

  watch(
    [
      () => navigation.visit,
      () => tickets.phase,
      () => tickets.delivery,
      language,
      () => modes.value.audio,
    ],
    readScreen,
  );
  onScopeDispose(() => {
    clearTimeout(pending);
    stopVoices();
    speaker.cancel();
  });

  return { voiceAvailable, silence: () => speaker.cancel() };
}
