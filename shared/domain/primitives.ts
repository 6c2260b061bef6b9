import { z } from 'zod';

// Small value schemas every other schema is built from. Strings carry their format in
// the error message so a bad configuration file says what to write instead.

export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language code such as "fr", "en" or "pt-BR"');
export type LanguageCode = z.infer<typeof languageCodeSchema>;

/** Text in several languages; French is always present because the product speaks it first. */
export const localizedTextSchema = z
  .record(languageCodeSchema, z.string().trim().min(1).max(500))
  .refine((text) => typeof text.fr === 'string', {
    message: 'give at least the French text ("fr")',
  });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Codes for services, categories, outcomes: short, stable, safe in URLs and logs. */
export const codeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes, e.g. "etat-civil"');

/** Identifiers of counters, agents, appointments, tickets. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'letters, digits, "_", ".", ":" or "-" (64 max)');

export const epochMsSchema = z.number().int().nonnegative();

export const timeOfDaySchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'a time of day as "HH:MM", e.g. "08:30"');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date as "YYYY-MM-DD"');

export const monthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day of the year as "MM-DD"');

/** Free text typed by agents: kept factual and short (visitors may ask to read it). */
export const NOTE_MAX_LENGTH = 500;
export const noteSchema = z.string().trim().max(NOTE_MAX_LENGTH);

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
