import { describe, expect, it } from 'vitest';
import type { AnnouncementStep, Playback } from '../../../shared/announce/announcement-queue';
import { createTextReader } from './text-reader';

/** A voice that takes a step and ends it when the test says, as audio would. */
function fakeVoice() {
  const heard: { step: AnnouncementStep; end: () => void; fail: () => void; cancelled: boolean }[] =
    [];
  return {
    heard,
    play(step: AnnouncementStep): Playback {
      let end = () => {};
      let fail = () => {};
      const done = new Promise<void>((resolve, reject) => {
        end = resolve;
        fail = () => reject(new Error('the audio could not be played'));
      });
      const entry = { step, end, fail, cancelled: false };
      heard.push(entry);
      return { done, cancel: () => (entry.cancelled = true) };
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createTextReader', () => {
  it('reads a long screen part after part, each once the one before has ended', async () => {
    const voice = fakeVoice();
    const reader = createTextReader(voice);
    const text = Array.from({ length: 40 }, (_, i) => `Phrase numéro ${i + 1}.`).join(' ');
    const done = reader.read(text, 'fr');
    await tick();
    expect(voice.heard).toHaveLength(1);
    for (let i = 0; i < 10 && voice.heard.length > i; i += 1) {
      voice.heard[i]?.end();
      await tick();
    }
    expect(await done).toBe('heard');
    expect(voice.heard.length).toBeGreaterThan(1);
    expect(voice.heard.map((h) => (h.step.kind === 'voice' ? h.step.text : '')).join(' ')).toBe(
      text,
    );
    expect(voice.heard.every((h) => h.step.kind === 'voice' && h.step.language === 'fr')).toBe(
      true,
    );
  });

  it('cuts off the text being read when the next screen comes', async () => {
    const voice = fakeVoice();
    const reader = createTextReader(voice);
    const first = reader.read('Premier écran.', 'fr');
    await tick();
    const second = reader.read('Second écran.', 'fr');
    await tick();
    expect(voice.heard[0]?.cancelled).toBe(true);
    voice.heard[0]?.end();
    voice.heard[1]?.end();
    expect(await first).toBe('cut');
    expect(await second).toBe('heard');
    expect(voice.heard).toHaveLength(2);
  });

  it('says so when the voice fails, and reads the next text again', async () => {
    const voice = fakeVoice();
    const reader = createTextReader(voice);
    const failed = reader.read('Un écran. Et la suite.', 'ar');
    await tick();
    voice.heard[0]?.fail();
    expect(await failed).toBe('failed');
    const next = reader.read('Encore.', 'ar');
    await tick();
    voice.heard[1]?.end();
    expect(await next).toBe('heard');
  });
});
