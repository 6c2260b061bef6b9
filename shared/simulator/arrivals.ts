import { openingIntervals } from '../calendar/opening-hours';
import { weekdayOf, zonedEpoch } from '../calendar/zoned-time';
import type { AppointmentInput } from '../domain/appointment';
import { minutesOfDay } from '../domain/primitives';
import type { SiteConfig } from '../domain/site-config';
import {
  hourShape,
  saturdayShape,
  visitors,
  walkInsPerHour,
  weekdayFactor,
  type DayProfile,
} from './day-profiles';
import type { Random } from './random';

// Who comes through the door on a simulated day: walk-ins (a non-homogeneous Poisson
// process by service, drawn by thinning) and the visitors of the day's appointments.

export type Arrival =
  | { kind: 'walk-in'; at: number; service: string; priority: boolean }
  | { kind: 'appointment'; at: number; reference: string; priority: boolean };

function shapeAt(shape: ReadonlyArray<{ from: string; factor: number }>, minutes: number): number {
  let factor = shape[0]?.factor ?? 1;
  for (const step of shape) if (minutesOfDay(step.from) <= minutes) factor = step.factor;
  return factor;
}

export function walkInArrivals(
  config: SiteConfig,
  date: string,
  profile: DayProfile,
  random: Random,
): Arrival[] {
  const weekday = weekdayOf(date);
  const shape = weekday === 'sat' ? saturdayShape : hourShape;
  const maxShape = Math.max(...shape.map((s) => s.factor));
  const dayStart = zonedEpoch(date, 0, config.timezone);
  const arrivals: Arrival[] = [];
  for (const [code, base] of Object.entries(walkInsPerHour)) {
    const service = config.services.find((s) => s.code === code);
    if (!service) continue;
    const perHour = base * weekdayFactor[weekday] * profile.load;
    const maxRate = perHour * maxShape; // per hour
    if (maxRate <= 0) continue;
    for (const interval of openingIntervals(
      config.calendar,
      config.timezone,
      date,
      service.hours,
    )) {
      // Nobody takes a ticket after the cut-off: the kiosk would refuse them anyway.
      const end = interval.to - (service.cutOffMinutes ?? 0) * 60_000;
      let at = interval.from;
      for (;;) {
        at += random.exponential(60 / maxRate) * 60_000;
        if (at >= end) break;
        const minutes = (at - dayStart) / 60_000;
        if (!random.chance((perHour * shapeAt(shape, minutes)) / maxRate)) continue;
        arrivals.push({
          kind: 'walk-in',
          at: Math.round(at),
          service: code,
          priority: random.chance(visitors.priorityShare),
        });
      }
    }
  }
  return arrivals;
}

/** Each booked appointment's visitor: early, punctual or late, or not coming at all. */
export function appointmentArrivals(
  config: SiteConfig,
  appointments: readonly AppointmentInput[],
  random: Random,
): Arrival[] {
  const arrivals: Arrival[] = [];
  for (const appointment of appointments) {
    if (appointment.status !== 'booked') continue;
    if (random.chance(visitors.appointmentNoShow)) continue;
    const { meanMinutes, sdMinutes } = visitors.appointmentArrival;
    const offset = meanMinutes + sdMinutes * random.normal();
    const service = config.services.find((s) => s.code === appointment.service);
    const window = service?.checkInWindow ?? config.defaultCheckInWindow;
    // Far too early, they wait in the hall and check in when the kiosk lets them.
    const earliest = appointment.start - window.earlyMinutes * 60_000 + 30_000;
    arrivals.push({
      kind: 'appointment',
      at: Math.round(Math.max(earliest, appointment.start + offset * 60_000)),
      reference: appointment.bookingCode,
      priority: random.chance(visitors.appointmentPriorityShare),
    });
  }
  return arrivals;
}
