import type { Appointment } from '../domain/appointment';
import type { Service } from '../domain/service';
import type { DomainError } from './errors';
import { domainError } from './errors';
import type { QueueState } from './state';
import type { ConfiguredState } from './support';
import { today } from './support';

export type CheckInVerdict =
  | { ok: true; appointment: Appointment; service: Service; windowStart: number; windowEnd: number }
  | { ok: false; error: DomainError };

/** Typed codes: case, spaces and dashes do not matter ("abc-def" finds "ABCDEF"). */
function normalise(reference: string): string {
  return reference.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * The appointment a typed or scanned reference designates: a booking code or ANTS number
 * (case, spaces and dashes ignored) or a QR token (exact). When several days match, today's wins.
 */
export function findAppointment(
  state: ConfiguredState,
  reference: string,
  day: string,
): Appointment | undefined {
  const typed = normalise(reference);
  const scanned = reference.trim();
  let found: Appointment | undefined;
  for (const appointment of Object.values(state.appointments)) {
    const matches =
      normalise(appointment.bookingCode) === typed ||
      appointment.antsNumber === typed ||
      (appointment.qrToken !== undefined && appointment.qrToken === scanned);
    if (!matches) continue;
    if (appointment.date === day) return appointment;
    found ??= appointment;
  }
  return found;
}

/**
 * Whether an appointment can be checked in now: found, for today, not cancelled nor
 * already checked in, and inside its service's window. Each refusal has its own code and
 * the details the kiosk needs to say what to do next.
 */
export function checkInVerdict(
  state: ConfiguredState,
  reference: string,
  now: number,
): CheckInVerdict {
  const config = state.config;
  const day = today(config, now);
  const appointment = findAppointment(state, reference, day);
  if (!appointment) {
    return {
      ok: false,
      error: domainError(
        'not-found',
        'No appointment matches this reference. Check the code on the confirmation, or ask at the front desk.',
      ),
    };
  }
  const service = config.services.find((s) => s.code === appointment.service);
  const base = {
    appointmentId: appointment.id,
    service: appointment.service,
    start: appointment.start,
  };
  if (!service) {
    return {
      ok: false,
      error: domainError(
        'not-found',
        'This appointment is for a service this site no longer runs; ask at the front desk.',
        base,
      ),
    };
  }
  if (appointment.status === 'cancelled') {
    return {
      ok: false,
      error: domainError(
        'appointment-cancelled',
        'This appointment was cancelled. Book a new one or ask at the front desk.',
        base,
      ),
    };
  }
  if (appointment.status === 'checked-in') {
    const ticket = appointment.ticketId ? state.tickets[appointment.ticketId] : undefined;
    return {
      ok: false,
      error: domainError(
        'already-checked-in',
        'This appointment is already checked in; keep the ticket given then.',
        {
          ...base,
          ...(ticket ? { ticketNumber: ticket.number, ticketId: ticket.id } : {}),
        },
      ),
    };
  }
  if (appointment.date !== day) {
    return {
      ok: false,
      error: domainError(
        'wrong-day',
        `This appointment is on ${appointment.date}, not today. Come back that day.`,
        { ...base, date: appointment.date },
      ),
    };
  }
  const window = service.checkInWindow ?? config.defaultCheckInWindow;
  const windowStart = appointment.start - window.earlyMinutes * 60_000;
  const windowEnd = appointment.start + window.lateMinutes * 60_000;
  if (now < windowStart) {
    return {
      ok: false,
      error: domainError(
        'too-early',
        'It is too early to check in; come back when the window opens.',
        {
          ...base,
          windowStart,
        },
      ),
    };
  }
  if (now > windowEnd) {
    return {
      ok: false,
      error: domainError(
        'too-late',
        'The check-in window for this appointment is over; ask at the front desk or book again.',
        {
          ...base,
          windowEnd,
        },
      ),
    };
  }
  return { ok: true, appointment, service, windowStart, windowEnd };
}

/**
 * What checking in this reference now would give, without doing it: the kiosk shows the
 * service and time to confirm, or the reason it cannot.
 */
export function previewCheckIn(state: QueueState, reference: string, now: number): CheckInVerdict {
  if (!state.config) {
    return {
      ok: false,
      error: domainError(
        'not-configured',
        'This site is not configured yet; ask at the front desk.',
      ),
    };
  }
  return checkInVerdict(state as ConfiguredState, reference, now);
}
