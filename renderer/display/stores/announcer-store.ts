import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { AnnouncementQueue, type QueueEvent } from '../../../shared/announce/announcement-queue';
import { callAnnouncement, type BoardCall } from '../../../shared/announce/call-announcement';
import {
  isSpokenLanguage,
  type SpokenLanguageCode,
} from '../../../shared/announce/spoken-languages';
import {
  createAnnouncementPlayer,
  type AnnouncementPlayer,
  type VoiceChoice,
} from '../../common/speech/announcement-player';
import {
  browserSynthesis,
  hubVoice,
  playWithAudioElement,
} from '../../common/speech/browser-audio';
import type { DisplayPageConfig } from '../config/page-config';

/** Queue events kept for the settings panel and end-to-end tests (numbers only). */
const EVENTS_KEPT = 500;

export type SoundState = 'locked' | 'on' | 'off';

/** What the display says: each new call queued once, chime then voices, never cut off. */
export const useAnnouncerStore = defineStore('announcer', () => {
  const events = shallowRef<QueueEvent[]>([]);
  const unlocked = ref(false);
  const volume = ref(0.8);
  const chime = ref(true);
  const languages = ref<SpokenLanguageCode[]>(['fr']);
  const voices = ref<{ language: string; voice: VoiceChoice }[]>([]);
  let player: AnnouncementPlayer | null = null;
  let queue: AnnouncementQueue | null = null;

  const sound = computed<SoundState>(() =>
    volume.value === 0 ? 'off' : unlocked.value ? 'on' : 'locked',
  );

  function record(event: QueueEvent) {
    const next = [...events.value, event];
    events.value = next.length > EVENTS_KEPT ? next.slice(-EVENTS_KEPT) : next;
    // Audio refused for want of a gesture: ask for a touch again.
    if (event.type === 'step' && event.outcome === 'failed' && event.detail?.includes('NotAllowed'))
      unlocked.value = false;
  }

  function start(config: DisplayPageConfig) {
    unlocked.value = config.autoplay;
    player = createAnnouncementPlayer({
      ...browserSynthesis(),
      hub: hubVoice(config.hub.baseUrl, () => config.hub.token),
      playAudio: playWithAudioElement,
      prefer: config.voice,
      volume: () => volume.value,
    });
    const voice = player;
    queue = new AnnouncementQueue({
      // Nothing fetched or played while nobody can hear it (no touch yet, volume 0): the
      // step fails at once and the queue goes on; the calls still count as said.
      player: {
        prepare: (step) => (sound.value === 'on' ? voice.prepare?.(step) : undefined),
        play: (step) =>
          sound.value === 'on'
            ? voice.play(step)
            : { done: Promise.reject(new Error(`sound ${sound.value}`)), cancel: () => {} },
      },
      timers: {
        setTimeout: (callback, ms) => window.setTimeout(callback, ms),
        clearTimeout: (handle) => window.clearTimeout(handle as number),
      },
      onEvent: record,
    });
  }

  /** The screen's settings, from the hub's site configuration. */
  function configure(settings: { languages: string[]; volume: number; chime: boolean }) {
    const spoken = settings.languages.filter(isSpokenLanguage);
    languages.value = spoken.length > 0 ? spoken : ['fr'];
    volume.value = settings.volume;
    chime.value = settings.chime;
    if (player) {
      const current = player;
      voices.value = languages.value.map((language) => ({
        language,
        voice: current.voiceFor(language),
      }));
    }
  }

  function announce(calls: readonly BoardCall[]) {
    for (const call of calls)
      queue?.enqueue(callAnnouncement(call, languages.value, { chime: chime.value }));
  }

  /** A touch: browsers then allow the page's audio. */
  function unlock() {
    unlocked.value = true;
  }

  return { events, sound, volume, voices, languages, start, configure, announce, unlock };
});
