import { z } from 'zod';
import { codeSchema, idSchema, languageCodeSchema, localizedTextSchema } from './primitives';

// The site's waiting-room displays: what each screen shows and says, chosen by the label
// the display was enrolled with, and the information line managers set for all of them.
// Public information (it is on the screens), so it travels in the public view.

export const displayScreenSchema = z.strictObject({
  /** The enrolment label of the display it applies to ("Écran, salle d'attente"); "*" for any other. */
  label: z.string().trim().min(1).max(80),
  /** Calls of these services only (by their ticket's prefix); every service when absent. */
  services: z.array(codeSchema).optional(),
  /** Calls at these counters only; every counter when absent. */
  counters: z.array(idSchema).optional(),
  layout: z.enum(['auto', 'landscape', 'portrait']).default('auto'),
  /** Spoken, in this order; the site's languages when absent. */
  languages: z.array(languageCodeSchema).min(1).optional(),
  /** The language of the screen's own words ("Appel en cours"); the first spoken when absent. */
  language: languageCodeSchema.optional(),
  /** 0 is silent. */
  volume: z.number().min(0).max(1).default(0.8),
  /** Calls listed below the latest one. */
  previousCalls: z.number().int().min(0).max(7).default(6),
  /** People waiting and the estimated wait, per service. */
  showWaiting: z.boolean().default(false),
  chime: z.boolean().default(true),
});
export type DisplayScreen = z.output<typeof displayScreenSchema>;

export const displaysConfigSchema = z.strictObject({
  screens: z.array(displayScreenSchema).default([]),
  /** The information line: hours, closures, messages, each in several languages, rotating. */
  information: z.array(localizedTextSchema).max(20).default([]),
  /** Seconds each message (and language) stays on screen. */
  informationSeconds: z.number().int().min(3).max(60).default(8),
});
export type DisplaysConfig = z.output<typeof displaysConfigSchema>;

// Written out rather than parsed when the module loads: no schema runs at import time
// (in the browser, zod is told not to probe for eval before the first parse).
export const defaultDisplayScreen: DisplayScreen = {
  label: '*',
  layout: 'auto',
  volume: 0.8,
  previousCalls: 6,
  showWaiting: false,
  chime: true,
};

/** The screen settings for a display enrolled as `label`: its own, else "*", else the defaults. */
export function displayScreenFor(config: DisplaysConfig | undefined, label: string): DisplayScreen {
  const screens = config?.screens ?? [];
  return (
    screens.find((screen) => screen.label === label) ??
    screens.find((screen) => screen.label === '*') ??
    defaultDisplayScreen
  );
}
