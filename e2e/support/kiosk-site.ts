import type { z } from 'zod';
import type { appointmentInputSchema, SiteConfigInput } from '../../shared/engine';
import { aroundTheClock, sameHoursEveryDay } from '../../shared/domain/calendar-config';
import { demoBrand } from '../../shared/demo';
import { testTimeZone } from './midday-zone';
import { nationalPortals } from '../../shared/domain/eservices-config';

/** An appointment as `appointments:load` takes it (status may be left out). */
type AppointmentInput = z.input<typeof appointmentInputSchema>;

// The site the kiosk tests run against: open around the clock (tests run at any hour),
// with a service in every state a visitor can meet: walk-in with and without documents,
// by appointment only, always closed, past its cut-off, capped at one ticket a day.

export const siteTimeZone = testTimeZone;

const everyDay = aroundTheClock;
const almostAllDay = sameHoursEveryDay([{ from: '00:00', to: '23:59' }]);
const never = sameHoursEveryDay([]);
export const bookingUrl = 'https://rendez-vous.example.fr/cni';

const names = (fr: string, en: string, ar: string) => ({ fr, en, ar, es: en, pt: en, uk: en });

export const kioskSiteConfig: SiteConfigInput = {
  site: {
    id: 'kiosk-e2e',
    name: 'Centre administratif municipal',
    address: '47 rue du Général Leclerc',
  },
  brand: demoBrand,
  // The locked browser's portals (Electron); a kiosk in a web browser offers QR codes.
  eservices: { portals: nationalPortals },
  timezone: siteTimeZone,
  languages: ['fr', 'en', 'es', 'ar', 'pt'],
  calendar: { weekly: everyDay, publicHolidays: 'none' },
  categories: [
    {
      code: 'reception',
      names: names('Accueil et information', 'Reception and information', 'الاستقبال والإرشاد'),
    },
    {
      code: 'papers',
      names: names('État civil et papiers', 'Civil status and papers', 'الحالة المدنية والوثائق'),
    },
  ],
  services: [
    {
      code: 'iris',
      prefix: 'A',
      category: 'reception',
      mode: 'walk-in',
      names: names('IRIS – Information', 'IRIS – Information', 'إيريس – الإعلام'),
    },
    {
      code: 'courrier',
      prefix: 'C',
      category: 'reception',
      mode: 'walk-in',
      names: names('Courrier', 'Mail', 'البريد'),
      documents: [
        {
          code: 'identity',
          names: names("Pièce d'identité", 'Proof of identity', 'وثيقة هوية'),
          required: true,
        },
        {
          code: 'notice',
          names: names('Avis de passage', 'Delivery notice', 'إشعار المرور'),
          required: false,
        },
      ],
    },
    {
      code: 'urbanisme',
      prefix: 'U',
      category: 'reception',
      mode: 'walk-in',
      hours: never,
      names: names('Urbanisme', 'Town planning', 'التعمير'),
    },
    {
      code: 'logement',
      prefix: 'L',
      category: 'reception',
      mode: 'walk-in',
      // Closes at 23:59 and stops tickets a whole day before: always past the cut-off.
      hours: almostAllDay,
      cutOffMinutes: 1440,
      names: names('Logement', 'Housing', 'السكن'),
    },
    {
      code: 'ccas',
      prefix: 'S',
      category: 'reception',
      mode: 'walk-in',
      dailyCap: 1,
      names: names('CCAS – Action sociale', 'Social support', 'العمل الاجتماعي'),
    },
    {
      code: 'etat-civil',
      prefix: 'E',
      category: 'papers',
      mode: 'both',
      names: names('État civil', 'Civil status', 'الحالة المدنية'),
      checkInWindow: { earlyMinutes: 30, lateMinutes: 15 },
    },
    {
      code: 'cni',
      prefix: 'P',
      category: 'papers',
      mode: 'appointment',
      names: names(
        "Carte d'identité et passeport",
        'ID card and passport',
        'بطاقة الهوية وجواز السفر',
      ),
      bookingUrl,
    },
  ],
  counters: [
    {
      id: 'g1',
      label: 'Guichet 1',
      services: ['iris', 'courrier', 'etat-civil', 'cni', 'ccas', 'logement'],
    },
  ],
  agents: [
    {
      id: 'ag1',
      label: 'Agent 1',
      services: ['iris', 'courrier', 'etat-civil', 'cni', 'ccas', 'logement'],
    },
  ],
  outcomes: [{ code: 'answered', names: { fr: 'Réponse donnée' } }],
};

/** The appointments of the day, by what a test does with them. Codes use the booking alphabet. */
export const appointmentRefs = {
  scanned: { bookingCode: 'QR2345', qrToken: '0123456789ABCDEFGHJKMNPQRS' },
  typed: { bookingCode: 'K7M2PQ' },
  wedge: { bookingCode: 'W3D6GE' },
  ants: { bookingCode: 'H3J4K5', antsNumber: 'AB12CD34EF' },
  screens: { bookingCode: 'S2C3R4' },
  early: { bookingCode: 'E5R6Y7' },
  late: { bookingCode: 'T8D9ZX' },
  cancelled: { bookingCode: 'C4N5C6' },
  already: { bookingCode: 'A7R8D9' },
  tomorrow: { bookingCode: 'M2R3W4' },
  spare1: { bookingCode: 'P2Q3R4' },
  spare2: { bookingCode: 'V5W6X7' },
} as const;

const minutes = 60_000;

export function todaysAppointments(now: number): AppointmentInput[] {
  const at = (offset: number) => now + offset * minutes;
  const make = (
    id: string,
    ref: { bookingCode: string; qrToken?: string; antsNumber?: string },
    start: number,
    extra: Partial<AppointmentInput> = {},
  ): AppointmentInput => ({
    id,
    service: 'etat-civil',
    start,
    bookingCode: ref.bookingCode,
    ...(ref.qrToken ? { qrToken: ref.qrToken } : {}),
    ...(ref.antsNumber ? { antsNumber: ref.antsNumber } : {}),
    ...extra,
  });
  return [
    make('apt-scanned', appointmentRefs.scanned, at(10)),
    make('apt-typed', appointmentRefs.typed, at(5)),
    make('apt-wedge', appointmentRefs.wedge, at(0)),
    make('apt-ants', appointmentRefs.ants, at(15), { service: 'cni' }),
    make('apt-screens', appointmentRefs.screens, at(20)),
    make('apt-early', appointmentRefs.early, at(180)),
    make('apt-late', appointmentRefs.late, at(-120)),
    make('apt-cancelled', appointmentRefs.cancelled, at(10), { status: 'cancelled' }),
    make('apt-already', appointmentRefs.already, at(10)),
    make('apt-spare1', appointmentRefs.spare1, at(10)),
    make('apt-spare2', appointmentRefs.spare2, at(10)),
  ];
}

export function tomorrowsAppointments(now: number): AppointmentInput[] {
  return [
    {
      id: 'apt-tomorrow',
      service: 'etat-civil',
      start: now + 24 * 60 * minutes,
      bookingCode: appointmentRefs.tomorrow.bookingCode,
    },
  ];
}
