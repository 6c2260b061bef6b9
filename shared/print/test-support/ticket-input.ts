import type { TicketPrintInput } from '../ticket-content';

/** A walk-in ticket as a kiosk builds it, in Spanish (its site name is the town's). */
export const sampleTicketInput: TicketPrintInput = {
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
