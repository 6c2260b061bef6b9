import { spawn } from 'node:child_process';
import type { SpokenLanguageCode } from '../../../shared/announce/spoken-languages';

// eSpeak NG (Debian's `espeak-ng`, GPL-3.0) run as a separate program: the hub hands it
// text on stdin and reads a WAV on stdout. Running it as its own process keeps the GPL
// program apart from Accueil (EUPL-1.2); nothing of it is linked or bundled.

/** The eSpeak NG voice for each spoken language (European variants: a French town hall). */
export const espeakVoices: Record<SpokenLanguageCode, string> = {
  fr: 'fr-fr',
  en: 'en-gb',
  es: 'es',
  pt: 'pt',
  ar: 'ar',
  uk: 'uk',
};

export interface EspeakOptions {
  /** The program to run; `espeak-ng` on the PATH by default. */
  binary?: string;
  /** Words a minute: a little slower than eSpeak's 175, for a noisy hall. */
  wordsPerMinute?: number;
  timeoutMs?: number;
}

export class SpeechEngineError extends Error {
  constructor(
    readonly reason: 'missing' | 'failed' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'SpeechEngineError';
  }
}

/** Renders `text` in `language` to a WAV (22 050 Hz, 16-bit mono). */
export function renderWithEspeak(
  text: string,
  language: SpokenLanguageCode,
  options: EspeakOptions = {},
): Promise<Buffer> {
  const binary = options.binary ?? 'espeak-ng';
  const voice = espeakVoices[language];
  return new Promise((resolve, reject) => {
    const child = spawn(
      binary,
      ['-v', voice, '-s', String(options.wordsPerMinute ?? 150), '--stdin', '--stdout'],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const chunks: Buffer[] = [];
    let errors = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new SpeechEngineError('timeout', `${binary} took over ${options.timeoutMs ?? 10_000} ms`),
      );
    }, options.timeoutMs ?? 10_000);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new SpeechEngineError(
              'missing',
              `${binary} is not installed on the hub: install it (Debian: apt install espeak-ng) for displays with no voice of their own`,
            )
          : new SpeechEngineError('failed', `${binary} could not start: ${error.message}`),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const wav = Buffer.concat(chunks);
      if (code === 0 && wav.length > 44) return resolve(wav);
      reject(
        new SpeechEngineError(
          'failed',
          `${binary} -v ${voice} failed (exit ${code}): ${errors.trim().split('\n').at(-1) ?? ''}`,
        ),
      );
    });
    child.stdin.on('error', () => {}); // a child that died early: reported by 'close'
    child.stdin.end(text);
  });
}
