import type { PrintContentInput } from '../../../../shared/print/content';

// Realistic content for the tests, the golden files and the benchmark. The
// instants are fixed (Tuesday 14 January 2025, 10:42 in Paris) so output never drifts.

const issuedAt = { epochMs: Date.UTC(2025, 0, 14, 9, 42), timeZone: 'Europe/Paris' };
const town = {
  townName: "Ville d'Issy-les-Moulineaux",
  siteName: 'Centre administratif municipal',
};

export const sampleTicket = {
  kind: 'ticket',
  ...town,
  language: 'fr',
  serviceName: 'État civil',
  ticketNumber: 'A042',
  issuedAt,
  peopleAhead: 3,
  estimatedWaitMinutes: 15,
  qr: 'https://accueil.example.fr/t/Qx7vK2pLm9RtZ4wB',
} satisfies PrintContentInput;

export const sampleCheckIn = {
  kind: 'check-in',
  ...town,
  language: 'fr',
  serviceName: 'Pièces d’identité',
  ticketNumber: 'R017',
  issuedAt,
  appointmentAt: { epochMs: Date.UTC(2025, 0, 14, 9, 50), timeZone: 'Europe/Paris' },
  counter: '4',
  peopleAhead: 0,
  estimatedWaitMinutes: 5,
  qr: 'Hk3Jf9QmZ2xLw8Tb',
} satisfies PrintContentInput;

/** As a kiosk prints it at check-in: the counter is not known until the visitor is called. */
export const sampleKioskCheckIn = {
  kind: 'check-in',
  ...town,
  language: 'fr',
  serviceName: 'État civil',
  ticketNumber: 'E007',
  issuedAt,
  appointmentAt: { epochMs: Date.UTC(2025, 0, 14, 9, 50), timeZone: 'Europe/Paris' },
  peopleAhead: 2,
  estimatedWaitMinutes: 12,
  qr: 'https://accueil.example.fr/status/#t=Hk3Jf9QmZ2xLw8Tb',
} satisfies PrintContentInput;

export const sampleReceipt = {
  kind: 'receipt',
  ...town,
  language: 'fr',
  serviceName: 'État civil — Pièces d’identité',
  subject: "Demande de carte nationale d'identité",
  items: [
    'Formulaire de pré-demande (n° ANTS 7A2KX9QW4M)',
    "Deux photos d'identité conformes à la norme",
    'Justificatif de domicile à votre nom et à votre adresse',
    'Timbre fiscal de 25 € (renouvellement après perte)',
  ],
  reference: 'CNI-2025-000123',
  referenceBarcode: true,
  counter: '4',
  issuedAt,
  nextSteps: [
    'Vous recevrez un SMS « Votre titre est disponible » — sous trois semaines environ.',
    "Retrait en personne au guichet, muni de ce récépissé et de l'ancien titre s'il existe.",
    'Le cœur du dossier est instruit par la préfecture : aucune démarche à faire entre-temps.',
  ],
  qr: 'https://accueil.example.fr/d/Vn4sT8yQk1PzR6mC',
} satisfies PrintContentInput;
