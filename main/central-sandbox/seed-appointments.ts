import { createHash } from 'node:crypto';
import type { Appointment } from '../../shared/central/appointment';
import { randomFromText } from './seeded-random';

// A believable day of appointments for the demo site, the same every time for a given
// site and date: expert services receive by appointment only, ID cards and passports come
// with an ANTS pré-demande number, and some bookings are cancelled.

interface SeedService {
  code: string;
  durationMinutes: number;
  /** Agents receiving in parallel. */
  desks: number;
  /** Share of slots booked. */
  fill: number;
  /** Share of bookings carrying an ANTS number. */
  ants: number;
}

export const seedServices: readonly SeedService[] = [
  { code: 'cni-passeport', durationMinutes: 20, desks: 2, fill: 0.8, ants: 0.85 },
  { code: 'etat-civil', durationMinutes: 15, desks: 1, fill: 0.6, ants: 0 },
  { code: 'education', durationMinutes: 30, desks: 1, fill: 0.5, ants: 0 },
  { code: 'petite-enfance', durationMinutes: 30, desks: 1, fill: 0.5, ants: 0 },
  { code: 'ccas', durationMinutes: 30, desks: 1, fill: 0.6, ants: 0 },
  { code: 'logement', durationMinutes: 30, desks: 1, fill: 0.4, ants: 0 },
  { code: 'iris', durationMinutes: 15, desks: 1, fill: 0.15, ants: 0 },
];

const CANCELLED_SHARE = 0.12;
const NAMED_SHARE = 0.8;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I to misread
const ANTS_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const names = [
  'Mme Martin',
  'M. Bernard',
  'Mme Dubois',
  'M. Thomas',
  'Mme Robert',
  'M. Richard',
  'Mme Petit',
  'M. Durand',
  'Mme Leroy',
  'M. Moreau',
  'Mme Simon',
  'M. Laurent',
  'Mme Lefèvre',
  'M. Michel',
  'Mme Garcia',
  'M. Haddad',
  'Mme Nguyen',
  'M. Diallo',
];

/** Opening minutes [from, to) by weekday (0 = Sunday), as at the demo site. */
function openingOf(date: string): [number, number] | null {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (weekday === 0) return null;
  if (weekday === 6) return [8 * 60 + 30, 12 * 60];
  return [8 * 60 + 30, weekday === 4 ? 19 * 60 : 18 * 60];
}

/** "+01:00" for Paris in winter. Appointments are in opening hours, never in the small hours
 *  when clocks change, so the offset at noon is the offset of the whole working day. */
export function utcOffsetOf(date: string, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

function pick(random: () => number, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function seedAppointments(
  siteId: string,
  date: string,
  timeZone = 'Europe/Paris',
): Appointment[] {
  const opening = openingOf(date);
  if (!opening) return [];
  const random = randomFromText(`${siteId}|${date}`);
  const offset = utcOffsetOf(date, timeZone);
  const compact = date.replaceAll('-', '');
  const appointments: Appointment[] = [];
  for (const service of seedServices) {
    for (let desk = 1; desk <= service.desks; desk++) {
      for (
        let start = opening[0];
        start + service.durationMinutes <= opening[1];
        start += service.durationMinutes
      ) {
        if (random() >= service.fill) continue;
        const id = `${compact}-${service.code}-${hhmm(start).replace(':', '')}-${desk}`;
        const named = random() < NAMED_SHARE;
        appointments.push({
          id,
          serviceCode: service.code,
          startsAt: `${date}T${hhmm(start)}:00${offset}`,
          durationMinutes: service.durationMinutes,
          bookingCode: pick(random, CODE_ALPHABET, 6),
          antsPreDemande: random() < service.ants ? pick(random, ANTS_ALPHABET, 10) : null,
          // Opaque: derived from the id through a hash, so it reveals nothing and is stable.
          qrToken: createHash('sha256')
            .update(`qr|${siteId}|${id}`)
            .digest('base64url')
            .slice(0, 24),
          status: random() < CANCELLED_SHARE ? 'cancelled' : 'booked',
          ...(named ? { visitorDisplayName: names[Math.floor(random() * names.length)] } : {}),
        });
      }
    }
  }
  return appointments.sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id),
  );
}
