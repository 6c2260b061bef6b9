import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementText } from '../../../shared/announce/announcement';
import { startTestHub, type TestHub } from '../test-support/test-hub';
import { SpeechEngineError } from './espeak';
import { createSpeechService } from './speech-service';
import { readWav } from './wav';

// The offline voice, for real: Debian's espeak-ng renders the hub's announcements.

let hub: TestHub;
let display: string;

beforeAll(async () => {
  hub = await startTestHub();
  display = await hub.device('display', 'Écran, salle d’attente');
});
afterAll(() => hub.close());

async function speak(body: unknown, token = display) {
  const response = await fetch(`${hub.hub.url}/api/v1/speech`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const call = { number: 'A042', counterLabel: 'Guichet 3', recall: false };

describe('the hub’s offline voice', () => {
  it('says a call as audio: not silent, as long as its words take to say', async () => {
    const short = announcementText(call, 'fr').speech;
    const long = announcementText(
      { number: 'BC777', counterLabel: 'Bureau 12 B', recall: true },
      'fr',
    ).speech;
    const first = await speak({ language: 'fr', text: short });
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get('content-type')).toBe('audio/wav');
    expect(first.response.headers.get('x-voice')).toBe('espeak-ng fr-fr');
    const a = readWav(first.bytes);
    const b = readWav((await speak({ language: 'fr', text: long })).bytes);
    // About 12–16 characters a second at 150 words a minute.
    expect(a.durationMs).toBeGreaterThan(short.length * 40);
    expect(a.durationMs).toBeLessThan(short.length * 150);
    expect(b.durationMs).toBeGreaterThan(a.durationMs * 1.3);
    expect(a.rms).toBeGreaterThan(0.02);
    expect(a.peak).toBeGreaterThan(0.2);
  });

  it('speaks every visitor language', async () => {
    for (const language of ['en', 'es', 'pt', 'ar', 'uk'] as const) {
      const { response, bytes } = await speak({
        language,
        text: announcementText(call, language).speech,
      });
      expect(response.status, language).toBe(200);
      const wav = readWav(bytes);
      expect(wav.durationMs, language).toBeGreaterThan(1_000);
      expect(wav.rms, language).toBeGreaterThan(0.02);
    }
  });

  it('refuses what it should not say, saying why', async () => {
    const tooLong = await speak({ language: 'fr', text: 'a'.repeat(301) });
    expect(tooLong.response.status).toBe(400);
    const markup = await speak({ language: 'fr', text: '<speak>bonjour</speak>' });
    expect(markup.response.status).toBe(400);
    expect(new TextDecoder().decode(markup.bytes)).toContain(
      'letters, digits, spaces and punctuation only',
    );
    const language = await speak({ language: 'de', text: 'Nummer' });
    expect(language.response.status).toBe(400);
    const nobody = await speak({ language: 'fr', text: 'bonjour' }, 'not-a-token-at-all');
    expect(nobody.response.status).toBe(401);
  });

  it('serves the chime: a short, audible WAV', async () => {
    const response = await fetch(`${hub.hub.url}/api/v1/speech/chime`, {
      headers: { authorization: `Bearer ${display}` },
    });
    expect(response.status).toBe(200);
    const chime = readWav(new Uint8Array(await response.arrayBuffer()));
    expect(chime.durationMs).toBeGreaterThan(1_000);
    expect(chime.durationMs).toBeLessThan(2_000);
    expect(chime.rms).toBeGreaterThan(0.02);
  });

  it('renders each text once, and says plainly when espeak-ng is missing', async () => {
    const speech = createSpeechService();
    const [one, two] = await Promise.all([
      speech.speak('Numéro a un', 'fr'),
      speech.speak('Numéro a un', 'fr'),
    ]);
    expect(one.wav).toBe(two.wav);
    const missing = createSpeechService({ binary: '/nonexistent/espeak-ng' });
    const error = await missing.speak('Numéro a un', 'fr').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpeechEngineError);
    expect((error as SpeechEngineError).message).toMatch(
      /not installed on the hub.*apt install espeak-ng/,
    );
  });
});
