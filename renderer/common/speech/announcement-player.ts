import type {
  AnnouncementStep,
  Playback,
  StepPlayer,
} from '../../../shared/announce/announcement-queue';

// Plays an announcement's steps in a browser: the machine's own speech-synthesis voice
// for a language where it has one, else the hub's offline voice (eSpeak NG rendered by
// the hub, fetched as WAV), and the hub's chime. Written against the few members of the
// Web APIs it uses, so the display and the kiosk's audio mode share it.

export interface SynthesisVoice {
  readonly lang: string;
  readonly name: string;
  readonly default?: boolean;
}

export interface SpokenUtterance {
  lang: string;
  voice: SynthesisVoice | null;
  rate: number;
  volume: number;
  onend: (() => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

export interface SynthesisEngine {
  getVoices(): readonly SynthesisVoice[];
  speak(utterance: SpokenUtterance): void;
  cancel(): void;
}

/** Plays audio bytes to their end (an `<audio>` element in the browser). */
export type PlayAudio = (audio: Blob, volume: number) => Playback;

/** Where audio comes from: the hub's speech routes. */
export interface HubVoice {
  speech(language: string, text: string): Promise<Blob>;
  chime(): Promise<Blob>;
}

export type VoiceChoice =
  { kind: 'system'; name: string; lang: string } | { kind: 'hub'; name: string };

export interface AnnouncementPlayerOptions {
  synthesis?: SynthesisEngine;
  makeUtterance?: (text: string) => SpokenUtterance;
  hub: HubVoice;
  playAudio: PlayAudio;
  /** 'system' where the machine has a voice for the language; 'hub' always uses the hub's. */
  prefer?: 'system' | 'hub';
  volume?: () => number;
}

export interface AnnouncementPlayer extends StepPlayer {
  /** Which voice says `language` here, for the settings and the status line. */
  voiceFor(language: string): VoiceChoice;
}

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function pickSystemVoice(
  voices: readonly SynthesisVoice[],
  language: string,
): SynthesisVoice | null {
  const same = voices.filter((voice) => primary(voice.lang) === primary(language));
  return same.find((voice) => voice.default) ?? same[0] ?? null;
}

const hubVoiceName = 'eSpeak NG (hub)';

export function createAnnouncementPlayer(options: AnnouncementPlayerOptions): AnnouncementPlayer {
  const volume = options.volume ?? (() => 1);
  // Audio asked for as soon as a call is queued, taken when its turn comes.
  const fetching = new Map<string, Promise<Blob>>();
  let chime: Promise<Blob> | undefined;

  const systemVoice = (language: string) =>
    options.prefer === 'hub' || !options.synthesis || !options.makeUtterance
      ? null
      : pickSystemVoice(options.synthesis.getVoices(), language);

  const hubSpeech = (language: string, text: string, keep: boolean) => {
    const key = `${language}\n${text}`;
    const pending = fetching.get(key) ?? options.hub.speech(language, text);
    if (keep) fetching.set(key, pending);
    else fetching.delete(key);
    return pending;
  };

  const playFetched = (audio: () => Promise<Blob>): Playback => {
    let cancelled = false;
    let playing: Playback | undefined;
    const done = audio().then((blob) => {
      if (cancelled) return;
      playing = options.playAudio(blob, volume());
      return playing.done;
    });
    return {
      done,
      cancel: () => {
        cancelled = true;
        playing?.cancel();
      },
    };
  };

  const speakWithSystem = (voice: SynthesisVoice, text: string): Playback => {
    const synthesis = options.synthesis!;
    const utterance = options.makeUtterance!(text);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    // A little slower than the default: heard once, in a noisy hall.
    utterance.rate = 0.9;
    utterance.volume = volume();
    const done = new Promise<void>((resolve, reject) => {
      utterance.onend = () => resolve();
      utterance.onerror = (event) => reject(new Error(event.error ?? 'speech synthesis failed'));
    });
    synthesis.speak(utterance);
    return { done, cancel: () => synthesis.cancel() };
  };

  return {
    voiceFor(language) {
      const voice = systemVoice(language);
      return voice
        ? { kind: 'system', name: voice.name, lang: voice.lang }
        : { kind: 'hub', name: hubVoiceName };
    },
    prepare(step) {
      if (step.kind === 'chime') chime ??= options.hub.chime();
      else if (!systemVoice(step.language))
        void hubSpeech(step.language, step.text, true).catch(() => {});
    },
    play(step: AnnouncementStep): Playback {
      if (step.kind === 'chime') {
        const pending = (chime ??= options.hub.chime());
        // A failed fetch is tried again at the next chime.
        pending.catch(() => (chime = undefined));
        return playFetched(() => pending);
      }
      const voice = systemVoice(step.language);
      if (voice) return speakWithSystem(voice, step.text);
      return playFetched(() => hubSpeech(step.language, step.text, false));
    },
  };
}
