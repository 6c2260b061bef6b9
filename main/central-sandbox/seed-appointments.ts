import type { Appointment } from '../../shared/central/appointment';
import { localParts, pad } from '../../shared/calendar/zoned-time';
import { demoAppointments } from '../../shared/demo/demo-appointments';
import { demoSiteConfig } from '../../shared/demo/demo-site';
import type { AppointmentInput } from '../../shared/domain/appointment';
import type { SiteConfig } from '../../shared/domain/site-config';
import { randomFromText, seedFromText } from './seeded-random';

// The demo site's appointments (shared/demo) as the central API serves them: the same for
// the same site and day, a few more cancellations than the demo default so that applying
// them shows, and the visitor's name on most bookings — that name is what the central
// side knows and the queue does not (shown to the serving agent only).

const CANCELLED_SHARE = 0.1;
const NAMED_SHARE = 0.8;
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

/** "+01:00" for Paris in winter: the zone's offset at that instant. */
export function utcOffsetAt(epochMs: number, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(epochMs))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** RFC 3339 in the zone's local time, e.g. 2025-03-14T09:30:00+01:00. */
export function localTimestamp(epochMs: number, timeZone: string): string {
  const { date, hour, minute } = localParts(epochMs, timeZone);
  const seconds = Math.floor((epochMs % 60_000) / 1000);
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(seconds)}${utcOffsetAt(epochMs, timeZone)}`;
}

function toCentral(input: AppointmentInput, timeZone: string, random: () => number): Appointment {
  const named = random() < NAMED_SHARE;
  const name = names[Math.floor(random() * names.length)];
  return {
    id: input.id,
    serviceCode: input.service,
    startsAt: localTimestamp(input.start, timeZone),
    durationMinutes: input.durationMinutes ?? 30,
    bookingCode: input.bookingCode,
    antsPreDemande: input.antsNumber ?? null,
    // The demo always sets one; an appointment without would not be scannable.
    qrToken: input.qrToken ?? `${input.id}-qr`.replace(/[^A-Za-z0-9_-]/g, '').padEnd(16, '0'),
    status: input.status,
    ...(named && name ? { visitorDisplayName: name } : {}),
  };
}

export function seedAppointments(
  siteId: string,
  date: string,
  config: SiteConfig = demoSiteConfig(),
): Appointment[] {
  const key = `${siteId}|${date}`;
  const random = randomFromText(`${key}|names`);
  return demoAppointments(config, date, {
    seed: seedFromText(key),
    cancelled: CANCELLED_SHARE,
  }).map((input) => toCentral(input, config.timezone, random));
}
