import type { SpokenLanguageCode } from '../../../shared/announce/spoken-languages';
import { espeakVoices, renderWithEspeak, type EspeakOptions } from './espeak';
import { chimeWav } from './wav';

// Announcements are few and repeat ("Numéro A 42, guichet 3" on every display of the
// site): each is rendered once and kept, within a bound, latest used last.

export interface SpeechService {
  /** The WAV of `text` said in `language`, and the voice that said it. */
  speak(text: string, language: SpokenLanguageCode): Promise<{ wav: Buffer; voice: string }>;
  chime(): Buffer;
}

export interface SpeechServiceOptions extends EspeakOptions {
  /** Bytes of audio kept (default 32 MB: a few hundred announcements). */
  cacheBytes?: number;
}

export function createSpeechService(options: SpeechServiceOptions = {}): SpeechService {
  const limit = options.cacheBytes ?? 32 * 1024 * 1024;
  const cache = new Map<string, Promise<Buffer>>();
  const sizes = new Map<string, number>();
  let bytes = 0;
  const chime = Buffer.from(chimeWav());

  const evict = () => {
    for (const [key, size] of sizes) {
      if (bytes <= limit) return;
      bytes -= size;
      sizes.delete(key);
      cache.delete(key);
    }
  };

  return {
    chime: () => chime,
    async speak(text, language) {
      const voice = `espeak-ng ${espeakVoices[language]}`;
      const key = `${language}\n${text}`;
      let rendering = cache.get(key);
      if (rendering) {
        // Latest used last, so the oldest unused goes first.
        cache.delete(key);
        cache.set(key, rendering);
      } else {
        rendering = renderWithEspeak(text, language, options);
        cache.set(key, rendering);
        rendering.then(
          (wav) => {
            if (cache.get(key) !== rendering) return;
            sizes.set(key, wav.length);
            bytes += wav.length;
            evict();
          },
          () => cache.delete(key), // a failure is tried again next time
        );
      }
      return { wav: await rendering, voice };
    },
  };
}
