import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInContentSchema, ticketContentSchema } from './content';
import { clipLine, printHeader } from './header';
import { printLanguageOf, ticketContent } from './ticket-content';
import { sampleTicketInput as input } from './test-support/ticket-input';

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

  it('prints the same for the kiosk and the counter: one clipping rule, the header deduplicated', () => {
    const long = ticketContent({
      ...input,
      townName: `  ${'Commune nouvelle de '.repeat(5)}  `,
      siteName: 'S'.repeat(90),
      serviceNames: { fr: 'F'.repeat(59) + ' 😀 and more', es: 'E'.repeat(58) + '😀 tail' },
    });
    expect(long.townName).toHaveLength(60);
    expect(long.townName.endsWith('…')).toBe(true);
    expect(long.siteName).toBe(`${'S'.repeat(79)}…`);
    // Never half an emoji: the cut steps back before a surrogate pair.
    expect(long.serviceName).toBe(`${'E'.repeat(58)}…`);
    expect(ticketContentSchema.parse(long)).toEqual(long);
    expect(ticketContent({ ...input, duplicate: true })).toMatchObject({ duplicate: true });
    expect(ticketContent(input)).not.toHaveProperty('duplicate');
    expect(ticketContent({ ...input, serviceNames: undefined }).serviceName).toBe('iris');
  });
});

describe('clipLine', () => {
  it('keeps what fits, trimmed, and cuts the rest to the limit with an ellipsis', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.integer({ min: 2, max: 80 }),
        (text, max) => {
          const line = clipLine(text, max);
          expect(line.length).toBeLessThanOrEqual(max);
          if (text.trim().length <= max) expect(line).toBe(text.trim());
          else {
            expect(line.endsWith('…')).toBe(true);
            expect(text.trim().startsWith(line.slice(0, -1))).toBe(true);
            // Never half of a surrogate pair (an emoji, a rare CJK character).
            expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(line)).toBe(false);
          }
        },
      ),
    );
  });

  it('heads every paper: the town, then the building when it is another name', () => {
    expect(printHeader('Ville de Vanves', 'Mairie annexe')).toEqual({
      townName: 'Ville de Vanves',
      siteName: 'Mairie annexe',
    });
    expect(printHeader('Mairie', ' Mairie ')).toEqual({ townName: 'Mairie' });
    expect(printHeader('Mairie')).toEqual({ townName: 'Mairie' });
  });
});
