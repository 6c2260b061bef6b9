// Reading text aloud with the Web Speech API, in the visitor's language when this machine
// has a voice for it. Written against the few members of `speechSynthesis` it uses, so it
// is tested in Node with a faithful stand-in and runs on the real one in the browser.

export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly default?: boolean;
}

export interface UtteranceLike {
  lang: string;
  voice: VoiceLike | null;
  rate: number;
}

export interface SynthesisLike {
  getVoices(): readonly VoiceLike[];
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export interface Speaker {
  /** Whether speech synthesis exists here at all. */
  readonly supported: boolean;
  /** A voice for `language` ("ar", "pt-BR"…), matching the primary subtag if need be. */
  voiceFor(language: string): VoiceLike | null;
  /** Says `text` in `language`, cutting off what was being said. False when no voice fits. */
  speak(text: string, language: string): boolean;
  cancel(): void;
  /** Voices often load after the page: called when the list changes. Returns the unsubscribe. */
  onVoicesChanged(listener: () => void): () => void;
}

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function pickVoice(voices: readonly VoiceLike[], language: string): VoiceLike | null {
  const wanted = language.toLowerCase().replace('_', '-');
  const exact = voices.filter((v) => v.lang.toLowerCase().replace('_', '-') === wanted);
  const sameLanguage = voices.filter((v) => primary(v.lang) === primary(wanted));
  const candidates = exact.length > 0 ? exact : sameLanguage;
  return candidates.find((v) => v.default) ?? candidates[0] ?? null;
}

export function createSpeaker(
  synthesis: SynthesisLike | undefined,
  makeUtterance: (text: string) => UtteranceLike,
): Speaker {
  return {
    supported: synthesis !== undefined,
    voiceFor: (language) => (synthesis ? pickVoice(synthesis.getVoices(), language) : null),
    speak(text, language) {
      if (!synthesis) return false;
      const voice = pickVoice(synthesis.getVoices(), language);
      if (!voice) return false;
      synthesis.cancel();
      const utterance = makeUtterance(text);
      utterance.lang = voice.lang;
      utterance.voice = voice;
      // A little slower than the default: visitors hear it once, in a noisy hall.
      utterance.rate = 0.9;
      synthesis.speak(utterance);
      return true;
    },
    cancel: () => synthesis?.cancel(),
    onVoicesChanged(listener) {
      synthesis?.addEventListener?.('voiceschanged', listener);
      return () => synthesis?.removeEventListener?.('voiceschanged', listener);
    },
  };
}

/** The browser's speaker (or one that says nothing, where the API is missing). */
export function createBrowserSpeaker(): Speaker {
  const synthesis = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  return createSpeaker(
    synthesis as SynthesisLike | undefined,
    (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
  );
}
