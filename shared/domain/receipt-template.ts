import { z } from 'zod';
import { codeSchema, languageCodeSchema } from './primitives';

// The récépissés a counter hands over, configured per site: what may be deposited, the
// next steps, in the languages the site writes. Lines are capped at what the printed
// receipt holds (shared/print/content.ts), so a template too long for the paper is
// refused when the configuration loads, not when an agent prints.

/** A line in several languages (French always), each at most `max` characters. */
function localizedLine(max: number) {
  return z
    .record(languageCodeSchema, z.string().trim().min(1).max(max))
    .refine((text) => typeof text.fr === 'string', {
      message: 'give at least the French text ("fr")',
    });
}

export const receiptTemplateSchema = z.strictObject({
  id: codeSchema,
  /** What the agent picks from ("Dépôt de dossier CNI/passeport"). */
  names: localizedLine(80),
  /** Services it suits first; empty: any service. */
  services: z.array(codeSchema).default([]),
  /** The procedure, printed under the header. */
  subject: localizedLine(120),
  /** What the visitor may deposit; the agent ticks what was. */
  items: z.array(localizedLine(160)).min(1).max(20),
  nextSteps: z.array(localizedLine(240)).max(10).default([]),
  /** Print the reference as a barcode too (files the service scans later). */
  referenceBarcode: z.boolean().default(false),
  /** Use the appointment's ANTS pré-demande number as the reference when there is one. */
  antsReference: z.boolean().default(false),
});
export type ReceiptTemplate = z.output<typeof receiptTemplateSchema>;
export type ReceiptTemplateInput = z.input<typeof receiptTemplateSchema>;

/**
 * The language a receipt is printed in: the visitor's when every line of the template
 * has it, French otherwise (a receipt half in one language would be worse).
 */
export function receiptLanguage(template: ReceiptTemplate, language: string): string {
  const texts = [template.subject, ...template.items, ...template.nextSteps];
  return texts.every((text) => typeof text[language] === 'string') ? language : 'fr';
}
