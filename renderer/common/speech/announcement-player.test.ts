import { describe, expect, it } from 'vitest';
import { callAnnouncement } from '../../../shared/announce/call-announcement';
import { isSpokenLanguage } from '../../../shared/announce/spoken-languages';
import type { Playback } from '../../../shared/announce/announcement-queue';
import { languagesFor } from '../../../shared/i18n/languages';
import {
  createAnnouncementPlayer,
  type SpokenUtterance,
  type SynthesisEngine,
  type SynthesisVoice,
} from './announcement-player';

// A speech engine like a browser's with only a French voice: it "speaks" for a tick and
// ends; and a hub voice that counts what it renders.
class OneVoiceSynthesis implements SynthesisEngine {
  readonly said: string[] = [];
  cancelled = 0;
  constructor(private readonly voices: SynthesisVoice[]) {}
  getVoices() {
    return this.voices;
  }
  speak(utterance: SpokenUtterance & { text?: string }) {
    this.said.push(`${utterance.lang}: ${utterance.text ?? ''}`);
    setTimeout(() => utterance.onend?.(), 1);
  }
  cancel() {
    this.cancelled += 1;
  }
}

function utterance(text: string): SpokenUtterance & { text: string } {
  return { text, lang: '', voice: null, rate: 1, volume: 1, onend: null, onerror: null };
}

function world(voices: SynthesisVoice[] = [{ lang: 'fr-FR', name: 'Amélie' }]) {
  const synthesis = new OneVoiceSynthesis(voices);
  const rendered: string[] = [];
  const played: { size: number; volume: number }[] = [];
  const player = createAnnouncementPlayer({
    synthesis,
    makeUtterance: utterance,
    hub: {
      speech: async (language, text) => {
        rendered.push(`${language}: ${text}`);
        return new Blob([new Uint8Array(100)]);
      },
      chime: async () => new Blob([new Uint8Array(50)]),
    },
    playAudio: (blob, volume): Playback => {
      played.push({ size: blob.size, volume });
      return { done: Promise.resolve(), cancel: () => {} };
    },
    volume: () => 0.7,
  });
  return { synthesis, rendered, played, player };
}

const call = {
  ticketId: 't1',
  number: 'A042',
  counterId: 'g3',
  counterLabel: 'Guichet 3',
  at: 1,
  recall: false,
};

describe('the announcement player', () => {
  it('uses the machine’s voice where it has one, the hub’s offline voice elsewhere', async () => {
    const { synthesis, rendered, played, player } = world();
    expect(player.voiceFor('fr')).toEqual({ kind: 'system', name: 'Amélie', lang: 'fr-FR' });
    expect(player.voiceFor('ar')).toEqual({ kind: 'hub', name: 'eSpeak NG (hub)' });
    const { steps } = callAnnouncement(call, ['fr', 'ar']);
    for (const step of steps) player.prepare?.(step);
    for (const step of steps) await player.play(step).done;
    expect(synthesis.said).toEqual(['fr-FR: Numéro a quarante-deux, guichet trois']);
    expect(rendered).toEqual(['ar: الرقم إيه اثنان وأربعون، الشباك ثلاثة']);
    expect(played).toEqual([
      { size: 50, volume: 0.7 },
      { size: 100, volume: 0.7 },
    ]);
  });

  it('renders each text once even when prepared before it is played', async () => {
    const { rendered, player } = world([]);
    const step = { kind: 'voice' as const, language: 'fr', text: 'Numéro a un, guichet un' };
    player.prepare?.(step);
    player.prepare?.(step);
    await player.play(step).done;
    expect(rendered).toHaveLength(1);
  });

  it('fails a step whose audio the hub cannot give, for the queue to skip it', async () => {
    const player = createAnnouncementPlayer({
      hub: {
        speech: () => Promise.reject(new Error('espeak-ng is not installed on the hub')),
        chime: () => Promise.reject(new Error('offline')),
      },
      playAudio: () => ({ done: Promise.resolve(), cancel: () => {} }),
    });
    await expect(player.play({ kind: 'chime' }).done).rejects.toThrow('offline');
    await expect(
      player.play({ kind: 'voice', language: 'fr', text: 'Numéro a un' }).done,
    ).rejects.toThrow('not installed');
  });

  it('speaks every language visitors are offered', () => {
    for (const code of languagesFor('display')) expect(isSpokenLanguage(code), code).toBe(true);
  });
});
