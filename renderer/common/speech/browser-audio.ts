import type { Playback } from '../../../shared/announce/announcement-queue';
import type { HubVoice, PlayAudio, SpokenUtterance, SynthesisEngine } from './announcement-player';

// The browser ends of the announcement player: an <audio> element per sound (its object
// URL revoked once played: a display runs for weeks) and the hub's speech routes.

export const playWithAudioElement: PlayAudio = (blob, volume): Playback => {
  const url = URL.createObjectURL(blob);
  const audio = new Audio(url);
  audio.volume = Math.max(0, Math.min(1, volume));
  const release = () => {
    audio.onended = audio.onerror = null;
    audio.removeAttribute('src');
    URL.revokeObjectURL(url);
  };
  const done = new Promise<void>((resolve, reject) => {
    audio.onended = () => {
      release();
      resolve();
    };
    audio.onerror = () => {
      release();
      reject(new Error('the audio could not be played'));
    };
    // Refused until a user gesture (NotAllowedError): the queue skips the step.
    audio.play().catch((error: unknown) => {
      release();
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
  return {
    done,
    cancel: () => {
      audio.pause();
      release();
    },
  };
};

/** The hub's offline voice over fetch, with the display's (or kiosk's) token. */
export function hubVoice(baseUrl: string, token: () => string): HubVoice {
  const audio = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      credentials: 'omit',
      headers: { ...init.headers, authorization: `Bearer ${token()}` },
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as {
        error?: { message?: string };
      } | null;
      throw new Error(body?.error?.message ?? `the hub answered ${response.status}`);
    }
    return response.blob();
  };
  return {
    speech: (language, text) =>
      audio('/api/v1/speech', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ language, text }),
      }),
    chime: () => audio('/api/v1/speech/chime'),
  };
}

/** The browser's speech synthesis, where it exists. */
export function browserSynthesis() {
  if (!('speechSynthesis' in window)) return {};
  return {
    synthesis: window.speechSynthesis as unknown as SynthesisEngine,
    makeUtterance: (text: string) =>
      new SpeechSynthesisUtterance(text) as unknown as SpokenUtterance,
  };
}
