import { describe, expect, it } from 'vitest';
import { languagesFor } from '../../shared/i18n/languages';
import { printJobSchema } from '../../shared/print/job';
import { printLabels } from '../../shared/print/labels';
import { printLanguageOf, ticketContent } from '../../shared/print/ticket-content';
import { printJobId } from './print-job';
import { sampleTicketInput as input } from '../../shared/print/test-support/ticket-input';

describe('the kiosk’s printed ticket', () => {
  it('has print labels for every language the kiosk offers', () => {
    for (const code of languagesFor('kiosk')) {
      expect(languagesFor('print'), `print labels for ${code}`).toContain(code);
      expect(printLanguageOf(code)).toBe(code);
      expect(printLabels[printLanguageOf(code)], code).toBeDefined();
    }
    expect(ticketContent({ ...input, language: 'uk' }).language).toBe('uk');
  });

  it('makes one valid print job id per ticket', () => {
    const id = printJobId('2026-11-22-17');
    expect(id).toBe(printJobId('2026-11-22-17'));
    expect(printJobSchema.parse({ id, content: ticketContent(input) }).id).toBe(id);
    expect(printJobId('a:b/c')).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
