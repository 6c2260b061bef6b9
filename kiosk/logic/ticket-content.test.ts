import { describe, expect, it } from 'vitest';
import { languagesFor } from '../../shared/i18n/languages';
import { checkInContentSchema, ticketContentSchema } from '../../shared/print/content';
import { printLabels } from '../../shared/print/labels';
import { printJobSchema } from '../../shared/print/job';
import { printJobId, printLanguageOf, ticketContent } from './ticket-content';

const input = {
  townName: 'Centre administratif municipal',
  siteName: 'Centre administratif municipal',
  language: 'es',
  serviceNames: { fr: 'IRIS – Information', es: 'IRIS – Información' },
  serviceCode: 'iris',
  number: 'A012',
  issuedAt: Date.UTC(2026, 10, 22, 9, 0),
  timeZone: 'Europe/Paris',
  peopleAhead: 3,
  estimatedWaitMinutes: 12.4,
  qr: 'Zk3v9QmP1xYb2Lw8Tn4Rcg',
};

describe('ticketContent', () => {
  it('is a valid shared ticket content model, in the visitor’s language', () => {
    const content = ticketContent(input);
    expect(ticketContentSchema.parse(content)).toEqual(content);
    expect(content).toMatchObject({
      language: 'es',
      serviceName: 'IRIS – Información',
      estimatedWaitMinutes: 12,
    });
    expect(content).not.toHaveProperty('siteName');
  });

  it('has print labels for every language the kiosk offers', () => {
    for (const code of languagesFor('kiosk')) {
      expect(languagesFor('print'), `print labels for ${code}`).toContain(code);
      expect(printLanguageOf(code)).toBe(code);
      expect(printLabels[printLanguageOf(code)], code).toBeDefined();
    }
    expect(ticketContent({ ...input, language: 'uk' }).language).toBe('uk');
  });

  it('prints in French for a language it has no words for', () => {
    expect(printLanguageOf('de')).toBe('fr');
    expect(ticketContent({ ...input, language: 'de' }).serviceName).toBe('IRIS – Information');
  });

  it('is a check-in ticket, with the appointment’s time and no counter, for an appointment', () => {
    const start = Date.UTC(2026, 10, 22, 9, 15);
    const content = ticketContent({ ...input, appointmentStart: start });
    expect(checkInContentSchema.parse(content)).toEqual(content);
    expect(content).toMatchObject({
      kind: 'check-in',
      appointmentAt: { epochMs: start, timeZone: 'Europe/Paris' },
      serviceName: 'IRIS – Información',
    });
    expect(content).not.toHaveProperty('counter');
    expect(ticketContent(input).kind).toBe('ticket');
  });

  it('keeps figures in the ranges the printer accepts and cuts long names', () => {
    const content = ticketContent({
      ...input,
      peopleAhead: 5000,
      estimatedWaitMinutes: null,
      serviceNames: { fr: 'x'.repeat(200) },
    });
    expect(ticketContentSchema.parse(content)).toMatchObject({
      peopleAhead: 999,
      estimatedWaitMinutes: null,
    });
    expect(content.serviceName.length).toBe(60);
  });

  it('makes one valid print job id per ticket', () => {
    const id = printJobId('2026-11-22-17');
    expect(id).toBe(printJobId('2026-11-22-17'));
    expect(printJobSchema.parse({ id, content: ticketContent(input) }).id).toBe(id);
    expect(printJobId('a:b/c')).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
