import { receiptLanguage, type ReceiptTemplate } from '../../../shared/engine';
import { languageOr } from '../../../shared/i18n/languages';
import type { PrintLanguage } from '../../../shared/print/content';

// The site's récépissé templates (site configuration, `receiptTemplates`) as the console
// offers them: a service's own first, then those for any service, then the rest.

export function templatesFor(
  templates: readonly ReceiptTemplate[],
  service: string | undefined,
): ReceiptTemplate[] {
  const own = templates.filter((t) => service && t.services.includes(service));
  const general = templates.filter((t) => t.services.length === 0);
  const others = templates.filter((t) => !own.includes(t) && !general.includes(t));
  return [...own, ...general, ...others];
}

/** The visitor's language when the template speaks it and the printer can print it. */
export function receiptPrintLanguage(template: ReceiptTemplate, language: string): PrintLanguage {
  const chosen = receiptLanguage(template, language);
  return languageOr('print', chosen);
}
