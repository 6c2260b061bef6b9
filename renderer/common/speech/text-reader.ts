import type { Playback, StepPlayer } from '../../../shared/announce/announcement-queue';
import { speakableParts } from '../../../shared/announce/speakable-text';
import { maxSpeechChars } from '../../../shared/contracts/speech';

// Reads a whole text aloud (a kiosk screen in audio mode) with the announcement player's
// voices: the machine's where it has one for the language, else the hub's offline voice,
// part after part. A new text cuts off the one being read.

/** How a reading ended: to its end, cut off by the next one (or `cancel`), or failed. */
export type ReadingEnd = 'heard' | 'cut' | 'failed';

export interface TextReader {
  /** Reads `text` in `language`; settles with how the reading ended. */
  read(text: string, language: string): Promise<ReadingEnd>;
  cancel(): void;
}

export function createTextReader(player: Pick<StepPlayer, 'play'>): TextReader {
  let playing: Playback | null = null;
  let reading = 0;

  function cancel(): void {
    reading += 1;
    playing?.cancel();
    playing = null;
  }

  async function read(text: string, language: string): Promise<ReadingEnd> {
    cancel();
    const mine = reading;
    for (const part of speakableParts(text, maxSpeechChars)) {
      if (mine !== reading) return 'cut';
      playing = player.play({ kind: 'voice', language, text: part });
      try {
        await playing.done;
      } catch {
        if (mine !== reading) return 'cut';
        playing = null;
        return 'failed';
      }
    }
    return mine === reading ? 'heard' : 'cut';
  }

  return { read, cancel };
}
