import { zonedEpoch } from '../calendar/zoned-time';
import { randomString } from '../demo/seeded-random';
import type { AppointmentInput } from '../domain/appointment';
import { minutesOfDay } from '../domain/primitives';
import type { SiteConfig } from '../domain/site-config';
import { appointmentSlotMinutes, type DayProfile, type Shift } from './day-profiles';
import type { Random } from './random';

// The day's appointment book, as the booking system would have filled it: slots through
// each staffed counter's hours (lunch left out), cycling through its appointment services,
// each booked with the profile's fill. Booking codes only: the queue needs no name.

const BOOKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export function appointmentBook(
  config: SiteConfig,
  date: string,
  shifts: readonly Shift[],
  profile: DayProfile,
  random: Random,
): AppointmentInput[] {
  const time = (hhmm: string) => zonedEpoch(date, minutesOfDay(hhmm), config.timezone);
  const used = new Set<string>();
  const code = (): string => {
    let value = randomString(random.next, BOOKING_ALPHABET, 6);
    while (used.has(value)) value = randomString(random.next, BOOKING_ALPHABET, 6);
    used.add(value);
    return value;
  };
  const book: AppointmentInput[] = [];
  for (const shift of shifts) {
    const services = shift.services.filter((s) => {
      const mode = config.services.find((c) => c.code === s)?.mode;
      return mode === 'appointment' || mode === 'both';
    });
    if (services.length === 0) continue;
    const lunch = shift.lunch && { from: time(shift.lunch.from), to: time(shift.lunch.to) };
    let turn = 0;
    for (let start = time(shift.opens); start < time(shift.closes) - 20 * 60_000;) {
      const service = services[turn % services.length] ?? services[0] ?? '';
      const minutes = appointmentSlotMinutes[service] ?? 30;
      const end = start + minutes * 60_000;
      if (lunch && end > lunch.from && start < lunch.to) {
        start = lunch.to;
        continue;
      }
      turn += 1;
      if (random.chance(profile.appointmentFill)) {
        book.push({
          id: `apt-${date}-${book.length + 1}`,
          service,
          start,
          durationMinutes: minutes,
          bookingCode: code(),
          status: random.chance(profile.appointmentCancelled) ? 'cancelled' : 'booked',
        });
      }
      start = end;
    }
  }
  return book.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}
