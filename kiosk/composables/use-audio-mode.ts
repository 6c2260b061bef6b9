import { storeToRefs } from 'pinia';
import { computed, nextTick, onScopeDispose, ref, watch, type Ref } from 'vue';
import { readableText } from '../../renderer/common/a11y/focus';
import { createAnnouncementPlayer } from '../../renderer/common/speech/announcement-player';
import { browserSynthesis, playWithAudioElement } from '../../renderer/common/speech/browser-audio';
import { createTextReader } from '../../renderer/common/speech/text-reader';
import { useHubStore } from '../stores/hub-store';
import { useNavigationStore } from '../stores/navigation-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';

/**
 * Audio mode: reads each screen aloud in the visitor's language when it appears or
 * changes (the ticket, once issued, with its number and wait), with the waiting-room
 * display's voices: this machine's speech-synthesis voice for the language where it has
 * one, else the hub's offline voice (eSpeak NG), so it reads on every machine.
 * `voiceAvailable` turns false when a reading failed (the hub's voice unreachable too):
 * the screen then says so, until a reading succeeds again.
 */
export function useAudioMode(main: Ref<HTMLElement | null>) {
  const session = useSessionStore();
  const navigation = useNavigationStore();
  const tickets = useTicketStore();
  const hub = useHubStore();
  const { language, modes } = storeToRefs(session);
  const player = createAnnouncementPlayer({
    ...browserSynthesis(),
    hub: { speech: (...args) => hub.voice().speech(...args), chime: () => hub.voice().chime() },
    playAudio: playWithAudioElement,
  });
  const reader = createTextReader(player);
  const failedIn = ref<string | null>(null);
  const voiceAvailable = computed(() => failedIn.value !== language.value);
  let pending: ReturnType<typeof setTimeout> | undefined;

  function readScreen() {
    clearTimeout(pending);
    if (!modes.value.audio) return reader.cancel();
    // Let the screen settle (several stores change in one tap) before reading it.
    pending = setTimeout(async () => {
      await nextTick();
      const spokenIn = language.value;
      const text = readableText(main.value);
      const end = await reader.read(text, spokenIn);
      if (end === 'heard') failedIn.value = null;
      else if (end === 'failed') failedIn.value = spokenIn;
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
    reader.cancel();
  });

  return { voiceAvailable, silence: () => reader.cancel() };
}
