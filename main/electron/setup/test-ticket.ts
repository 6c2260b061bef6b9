import type { PrintJobInput } from '../../../shared/print/job';

// The admin screen's test print: a ticket that says what it is, under a job id of its
// own each time (the journal prints a given id once).

export function testTicketJob(now: number, timeZone = 'Europe/Paris'): PrintJobInput {
  return {
    id: `test-print-${now}`,
    content: {
      kind: 'ticket',
      townName: 'Accueil : impression de test',
      siteName: 'Ticket de test, à jeter',
      language: 'fr',
      serviceName: 'Test de l’imprimante',
      ticketNumber: 'TEST',
      issuedAt: { epochMs: now, timeZone },
      peopleAhead: 0,
      estimatedWaitMinutes: null,
      qr: 'test-print-not-a-ticket',
    },
  };
}
