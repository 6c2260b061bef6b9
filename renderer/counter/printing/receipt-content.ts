import type { ReceiptTemplate } from '../../../shared/engine';
import { receiptContentSchema, type ReceiptContent } from '../../../shared/print/content';
import { clipLine, printHeader } from '../../../shared/print/header';
import { receiptPrintLanguage } from './receipt-templates';

// Builds the récépissé's content model from a template and what the agent ticked. The
// content schema is strict, so a field nobody declared (an agent's name) cannot slip in.

export interface ReceiptDraft {
  template: ReceiptTemplate;
  language: string;
  /** Indexes of the template's items that were deposited. */
  checkedItems: readonly number[];
  /** Lines the agent added ("Attestation CAF"), one each. */
  extraItems: readonly string[];
  reference: string;
}

export interface ReceiptSite {
  townName: string;
  siteName?: string;
  serviceName: string;
  counterLabel: string;
  timeZone: string;
}

/** A reference for the file when none is given: day, ticket number and counter. */
export function defaultReference(day: string, ticketNumber: string, counterId: string): string {
  return `${day.replaceAll('-', '')}-${ticketNumber}-${counterId}`
    .toUpperCase()
    .replace(/[^A-Z0-9/_.-]/g, '')
    .slice(0, 40);
}

export interface ReceiptProblem {
  /** The content field at fault: `items`, `reference`, … */
  field: string;
  message: string;
}

export type ReceiptBuild =
  { ok: true; content: ReceiptContent } | { ok: false; problems: ReceiptProblem[] };

export function buildReceipt(draft: ReceiptDraft, site: ReceiptSite, now: number): ReceiptBuild {
  const language = receiptPrintLanguage(draft.template, draft.language);
  const say = (text: Record<string, string>) => text[language] ?? text.fr ?? '';
  const items = [
    ...draft.checkedItems.flatMap((index) => {
      const item = draft.template.items[index];
      return item ? [say(item)] : [];
    }),
    ...draft.extraItems.map((line) => line.trim()).filter((line) => line.length > 0),
  ];
  const parsed = receiptContentSchema.safeParse({
    kind: 'receipt',
    ...printHeader(site.townName, site.siteName),
    language,
    serviceName: clipLine(site.serviceName, 60),
    subject: say(draft.template.subject),
    items,
    reference: draft.reference.trim(),
    referenceBarcode: draft.template.referenceBarcode,
    counter: clipLine(site.counterLabel, 12),
    issuedAt: { epochMs: now, timeZone: site.timeZone },
    nextSteps: draft.template.nextSteps.map(say),
  });
  if (parsed.success) return { ok: true, content: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? 'receipt'),
      message: issue.message,
    })),
  };
}
