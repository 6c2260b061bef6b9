import { z } from 'zod';
import { spokenLanguages, type SpokenLanguageCode } from '../announce/spoken-languages';
import type { RouteSpec } from './routes';

// The hub's offline voice: a display (or the kiosk's audio mode) with no speech-synthesis
// voice of its own asks the hub for an announcement as audio (WAV), and for the chime.

const languageCodes = Object.keys(spokenLanguages) as [SpokenLanguageCode, ...SpokenLanguageCode[]];

/** Longest text the hub renders: a call in one language is under 100 characters. */
export const maxSpeechChars = 300;

export const speechBodySchema = z.strictObject({
  language: z.enum(languageCodes),
  text: z
    .string()
    .trim()
    .min(1)
    .max(maxSpeechChars)
    // Words, numbers and punctuation; no control characters, no markup (< > are symbols, not punctuation).
    .regex(/^[\p{L}\p{M}\p{N}\p{Zs}\p{P}]+$/u, 'letters, digits, spaces and punctuation only'),
});
export type SpeechBody = z.infer<typeof speechBodySchema>;

const listeners = ['display', 'kiosk', 'counter', 'manager', 'admin'] as const;

export const speechRoutes = {
  /** The text said in the language's voice, as `audio/wav` (header `x-voice` names the voice). */
  speak: { method: 'POST', path: '/api/v1/speech', access: listeners },
  /** The chime before a call, as `audio/wav`. */
  chime: { method: 'GET', path: '/api/v1/speech/chime', access: listeners },
} as const satisfies Record<string, RouteSpec>;
