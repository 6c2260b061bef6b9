import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { alertLists, type AlertSound } from '../logic/alert-list';
import { alarmNotes, alarmRepeatMs } from '../logic/alarm-tones';
import { useLiveStore } from './live-store';

/**
 * The alert sound: it repeats while an active alert is unacknowledged (any manager's
 * acknowledgement stops it on every dashboard, through the stream), louder in pattern once
 * escalated; a mute silences this dashboard for the site's `alerts.muteMinutes`. Web Audio
 * tones, so it sounds with no file to fetch; the browser allows them once the page was
 * touched (the login counts).
 */
export const useAlarmStore = defineStore('alarm', () => {
  const live = useLiveStore();
  const mutedUntil = ref<number | null>(null);
  /** Tones played so far, and the last one (for the tests and the bench: what it did). */
  const played = ref(0);
  const lastPlayed = ref<Exclude<AlertSound, 'none'> | null>(null);
  const blocked = ref(false);
  let context: AudioContext | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const wanted = computed<AlertSound>(() => (live.state ? alertLists(live.state).sound : 'none'));
  const muted = computed(() => mutedUntil.value !== null && live.now < mutedUntil.value);
  const sounding = computed<AlertSound>(() => (muted.value ? 'none' : wanted.value));

  function audio(): AudioContext | null {
    if (typeof AudioContext === 'undefined') return null;
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    return context;
  }

  function play(sound: Exclude<AlertSound, 'none'>): void {
    const ctx = audio();
    if (!ctx || ctx.state !== 'running') {
      blocked.value = true;
      return;
    }
    blocked.value = false;
    const start = ctx.currentTime + 0.02;
    for (const note of alarmNotes(sound)) {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.frequency.value = note.frequency;
      gain.gain.setValueAtTime(0.0001, start + note.startS);
      gain.gain.exponentialRampToValueAtTime(0.3, start + note.startS + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.startS + note.durationS);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start + note.startS);
      oscillator.stop(start + note.startS + note.durationS + 0.05);
    }
    played.value += 1;
    lastPlayed.value = sound;
  }

  function stop(): void {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function loop(): void {
    stop();
    const sound = sounding.value;
    if (sound === 'none') return;
    play(sound);
    timer = setTimeout(loop, alarmRepeatMs[sound]);
  }

  watch(sounding, (next, previous) => {
    if (next !== previous) loop();
  });

  /** Silences this dashboard for the site's mute time (alerts still show). */
  function mute(): void {
    const minutes = live.config?.alerts.muteMinutes ?? 10;
    mutedUntil.value = live.hubNow() + minutes * 60_000;
    stop();
  }

  function unmute(): void {
    mutedUntil.value = null;
  }

  /** A touch or key lets the browser start the audio (autoplay rules). */
  function unlock(): void {
    const ctx = audio();
    if (ctx && blocked.value && sounding.value !== 'none')
      void ctx.resume().then(
        () => loop(),
        () => undefined,
      );
  }

  return {
    mutedUntil,
    muted,
    wanted,
    sounding,
    played,
    lastPlayed,
    blocked,
    contextState: () => context?.state ?? 'none',
    mute,
    unmute,
    unlock,
    stop,
  };
});
