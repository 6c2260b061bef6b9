import { describe, expect, it } from 'vitest';
import {
  createSpeaker,
  pickVoice,
  type SynthesisLike,
  type UtteranceLike,
  type VoiceLike,
} from './speech';

const voices: VoiceLike[] = [
  { lang: 'fr-FR', name: 'Amélie', default: true },
  { lang: 'pt_BR', name: 'Luciana' },
  { lang: 'pt-PT', name: 'Joana' },
  { lang: 'ar-SA', name: 'Maged' },
];

/** Behaves like speechSynthesis: a voice list that may change, and what it was asked to say. */
class RecordingSynthesis implements SynthesisLike {
  spoken: UtteranceLike[] = [];
  cancelled = 0;
  private listeners = new Set<() => void>();
  constructor(private list: VoiceLike[]) {}
  getVoices = () => this.list;
  speak = (utterance: UtteranceLike) => void this.spoken.push(utterance);
  cancel = () => void this.cancelled++;
  addEventListener = (_: 'voiceschanged', listener: () => void) =>
    void this.listeners.add(listener);
  removeEventListener = (_: 'voiceschanged', listener: () => void) =>
    void this.listeners.delete(listener);
  load(list: VoiceLike[]) {
    this.list = list;
    for (const listener of this.listeners) listener();
  }
}

const utterance = (text: string): UtteranceLike & { text: string } => ({
  text,
  lang: '',
  voice: null,
  rate: 1,
});

describe('pickVoice', () => {
  it('prefers the exact tag, then the same language', () => {
    expect(pickVoice(voices, 'pt-PT')?.name).toBe('Joana');
    expect(pickVoice(voices, 'pt-BR')?.name).toBe('Luciana');
    expect(pickVoice(voices, 'ar')?.name).toBe('Maged');
    expect(pickVoice(voices, 'uk')).toBeNull();
  });
});

describe('createSpeaker', () => {
  it('speaks in the chosen voice, cutting off what was being said', () => {
    const synthesis = new RecordingSynthesis(voices);
    const speaker = createSpeaker(synthesis, utterance);
    expect(speaker.speak('Votre numéro est A012', 'fr')).toBe(true);
    expect(synthesis.cancelled).toBe(1);
    expect(synthesis.spoken[0]).toMatchObject({
      text: 'Votre numéro est A012',
      lang: 'fr-FR',
      voice: { name: 'Amélie' },
    });
  });

  it('says false, and says nothing, where no voice fits or the API is missing', () => {
    const synthesis = new RecordingSynthesis(voices);
    expect(createSpeaker(synthesis, utterance).speak('Привіт', 'uk')).toBe(false);
    expect(synthesis.spoken).toEqual([]);
    expect(createSpeaker(undefined, utterance).speak('Bonjour', 'fr')).toBe(false);
  });

  it('hears of voices that load after the page', () => {
    const synthesis = new RecordingSynthesis([]);
    const speaker = createSpeaker(synthesis, utterance);
    let changes = 0;
    const stop = speaker.onVoicesChanged(() => changes++);
    synthesis.load(voices);
    expect(changes).toBe(1);
    expect(speaker.voiceFor('ar')?.lang).toBe('ar-SA');
    stop();
    synthesis.load([]);
    expect(changes).toBe(1);
  });
});
