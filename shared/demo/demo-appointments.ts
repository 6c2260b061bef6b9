import type { AppointmentInput } from '../domain/appointment';
import type { SiteConfig } from '../domain/site-config';
import { openingIntervals } from '../calendar/opening-hours';
import { randomString, seededRandom } from './seeded-random';

// A day of demo appointments, the same for the same seed: slots through each appointment
// service's opening hours, one per counter serving it, most of them booked. References use
// the formats the kiosk's scanner accepts (shared/scan): 6-symbol booking codes, 10-char
// ANTS numbers, 26-symbol Crockford base32 QR tokens. No names: the queue needs none.

const BOOKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const TOKEN_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ANTS_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Slot length per service, in minutes; 30 when not listed. */
const slotMinutes: Record<string, number> = {
  'cni-passeport': 20,
  'etat-civil': 20,
};

export interface DemoAppointmentOptions {
  seed?: number;
  /** Share of slots booked, 0..1. */
  fill?: number;
  /** Share of booked slots later cancelled, 0..1. */
  cancelled?: number;
}

export function demoAppointments(
  config: SiteConfig,
  date: string,
  options: DemoAppointmentOptions = {},
): AppointmentInput[] {
  const random = seededRandom(options.seed ?? 1);
  const fill = options.fill ?? 0.7;
  const cancelled = options.cancelled ?? 0.05;
  const appointments: AppointmentInput[] = [];
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    let value = make();
    while (used.has(value)) value = make();
    used.add(value);
    return value;
  };
  for (const service of config.services) {
    if (service.mode === 'walk-in') continue;
    const parallel = Math.max(
      1,
      config.counters.filter((c) => c.services.includes(service.code)).length,
    );
    const minutes = slotMinutes[service.code] ?? 30;
    for (const interval of openingIntervals(
      config.calendar,
      config.timezone,
      date,
      service.hours,
    )) {
      for (
        let start = interval.from;
        start + minutes * 60_000 <= interval.to;
        start += minutes * 60_000
      ) {
        for (let seat = 0; seat < parallel; seat += 1) {
          if (random() >= fill) continue;
          const id = `apt-${date}-${appointments.length + 1}`;
          appointments.push({
            id,
            service: service.code,
            start,
            durationMinutes: minutes,
            bookingCode: unique(() => randomString(random, BOOKING_ALPHABET, 6)),
            ...(service.code === 'cni-passeport'
              ? { antsNumber: unique(() => randomString(random, ANTS_ALPHABET, 10)) }
              : {}),
            qrToken: unique(() => randomString(random, TOKEN_ALPHABET, 26)),
            status: random() < cancelled ? 'cancelled' : 'booked',
          });
        }
      }
    }
  }
  return appointments.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}
