import type { Weekday } from '../domain/calendar-config';

// The parameters of a simulated day at the demo site (shared/demo), in one documented
// place. Figures are plausible for a town hall's one-stop desk (DOMAIN.md), not measured
// at a real site: change them here, never in the driver. Times are local "HH:MM".

/** Service time of one service: log-normal (skewed right: most visits are short, a few long). */
export interface ServiceTimeModel {
  /** Median visit at the counter, minutes. */
  medianMinutes: number;
  /** Log-normal shape σ: 0.4 is tight, 0.7 has a long tail of difficult files. */
  sigma: number;
}

/** Where a visitor may be sent at the end of a visit, with the chance of it. */
export interface TransferRule {
  to: string;
  probability: number;
}

/** One agent's day at one counter. */
export interface Shift {
  counterId: string;
  agentId: string;
  /** The services this session serves (the counter's and the agent's in common). */
  services: string[];
  opens: string;
  closes: string;
  /** Lunch: the counter is paused (and its agent away) between these times. */
  lunch?: { from: string; to: string };
  /** Short pauses (coffee, a phone call) at random times, each this many minutes on average. */
  shortPauses: number;
  shortPauseMinutes: number;
}

export interface DayProfile {
  name: string;
  description: string;
  /** Multiplies every walk-in arrival rate. */
  load: number;
  /** Share of appointment slots booked (see appointment-book.ts). */
  appointmentFill: number;
  /** Share of booked appointments later cancelled. */
  appointmentCancelled: number;
  /** The counters that open, by whom, and when. */
  shifts: Shift[];
}

/**
 * Walk-in arrivals per hour at the reference (Tuesday to Friday) load, by service. The
 * day's shape multiplies them hour by hour (`hourShape`), the weekday (`weekdayFactor`)
 * and the profile's `load` too. Arrivals are a non-homogeneous Poisson process.
 */
export const walkInsPerHour: Record<string, number> = {
  iris: 9,
  courrier: 5,
  ccas: 0.35,
};

/**
 * The shape of a day, per half-hour from opening: a peak at opening (people come before
 * work), a trough at lunch, a second peak after lunch (13:30–15:00), a quiet late afternoon.
 * The factor applies from the given time until the next entry.
 */
export const hourShape: Array<{ from: string; factor: number }> = [
  { from: '08:30', factor: 1.7 },
  { from: '09:30', factor: 1.3 },
  { from: '10:30', factor: 1.0 },
  { from: '11:30', factor: 0.8 },
  { from: '12:00', factor: 0.5 },
  { from: '13:30', factor: 1.5 },
  { from: '15:00', factor: 1.0 },
  { from: '16:30', factor: 0.7 },
  { from: '17:30', factor: 0.4 },
];

/**
 * Weekday against the reference: Monday is the heaviest day (the weekend's questions),
 * Saturday morning is short and dense (people who work in the week). Saturday's shape is
 * flatter: a crowd at opening that does not thin out before noon.
 */
export const weekdayFactor: Record<Weekday, number> = {
  mon: 1.3,
  tue: 1,
  wed: 0.9,
  thu: 1,
  fri: 0.95,
  sat: 1.4,
  sun: 0,
};
export const saturdayShape: Array<{ from: string; factor: number }> = [
  { from: '08:30', factor: 1.3 },
  { from: '10:00', factor: 1.4 },
  { from: '11:30', factor: 0.9 },
];

/** Service times per service. IRIS and mail are quick; files take longer and vary more. */
export const serviceTimes: Record<string, ServiceTimeModel> = {
  iris: { medianMinutes: 5, sigma: 0.6 },
  courrier: { medianMinutes: 2.5, sigma: 0.5 },
  'etat-civil': { medianMinutes: 13, sigma: 0.45 },
  'cni-passeport': { medianMinutes: 16, sigma: 0.35 },
  education: { medianMinutes: 17, sigma: 0.4 },
  'petite-enfance': { medianMinutes: 20, sigma: 0.4 },
  ccas: { medianMinutes: 20, sigma: 0.55 },
  logement: { medianMinutes: 22, sigma: 0.45 },
};

/**
 * Appointment slot length per service, minutes: a little longer than the median visit,
 * as booking systems plan them (the tail of long visits still makes the next one late).
 */
export const appointmentSlotMinutes: Record<string, number> = {
  'etat-civil': 20,
  'cni-passeport': 20,
  education: 25,
  'petite-enfance': 30,
  ccas: 30,
  logement: 30,
};

/** At the end of a visit, some visitors are sent on to another service (the same visit). */
export const transfers: Record<string, TransferRule[]> = {
  iris: [
    { to: 'courrier', probability: 0.05 },
    { to: 'ccas', probability: 0.02 },
  ],
  courrier: [{ to: 'iris', probability: 0.03 }],
};

export const visitors = {
  /** Walk-ins with a priority flag (pregnancy, disability, reduced mobility). */
  priorityShare: 0.06,
  /** Called visitors who are not in the room at the first call (toilets, outside, left). */
  absentAtCall: 0.06,
  /** Of those, the share who come back at a recall; the others are marked no-shows. */
  comeBackAtRecall: 0.5,
  /** Walking from the seat to the counter after a call, minutes (uniform). */
  walkToCounterMinutes: [0.3, 1.2] as const,
  /** An agent recalls after this many minutes without the visitor. */
  recallAfterMinutes: 1,
  /** Appointments: arrival against the booked start, minutes (normal: mean, sd), and no-shows. */
  appointmentArrival: { meanMinutes: -8, sdMinutes: 9 },
  appointmentNoShow: 0.1,
  /** Appointment visitors with a priority flag. */
  appointmentPriorityShare: 0.04,
};

const fullDay = (
  counterId: string,
  agentId: string,
  services: string[],
  lunch: { from: string; to: string },
  hours: { opens?: string; closes?: string } = {},
): Shift => ({
  counterId,
  agentId,
  services,
  opens: hours.opens ?? '08:30',
  closes: hours.closes ?? '17:55',
  lunch,
  shortPauses: 2,
  shortPauseMinutes: 6,
});

/** The weekday staffing: three reception counters, two for papers, one family, one social. */
function weekdayShifts(): Shift[] {
  return [
    fullDay('g1', 'agent-01', ['iris', 'courrier'], { from: '12:00', to: '13:00' }),
    fullDay('g2', 'agent-02', ['iris', 'courrier'], { from: '12:45', to: '13:45' }),
    fullDay(
      'g3',
      'agent-03',
      ['iris', 'courrier'],
      { from: '13:45', to: '14:30' },
      {
        opens: '09:00',
      },
    ),
    fullDay('g4', 'agent-04', ['etat-civil', 'cni-passeport'], { from: '12:00', to: '13:30' }),
    fullDay('g5', 'agent-05', ['cni-passeport', 'etat-civil'], { from: '12:30', to: '14:00' }),
    fullDay('g6', 'agent-06', ['education', 'petite-enfance'], { from: '12:00', to: '13:30' }),
    fullDay('g7', 'agent-07', ['ccas', 'logement'], { from: '12:00', to: '13:30' }),
  ];
}

function withClosingG2(shifts: Shift[]): Shift[] {
  return shifts.map((shift) =>
    shift.counterId === 'g2' ? { ...shift, closes: '10:30', lunch: undefined } : shift,
  );
}

export const dayProfiles: Record<string, DayProfile> = {
  quiet: {
    name: 'quiet',
    description: 'a school-holiday day: 60 % of the walk-ins, fewer appointments',
    load: 0.6,
    appointmentFill: 0.5,
    appointmentCancelled: 0.08,
    shifts: weekdayShifts().filter((s) => s.counterId !== 'g3'),
  },
  normal: {
    name: 'normal',
    description: 'an ordinary day at full staff',
    load: 1,
    appointmentFill: 0.75,
    appointmentCancelled: 0.05,
    shifts: weekdayShifts(),
  },
  peak: {
    name: 'peak',
    description: 'the back-to-school rush: 25 % more walk-ins, every slot booked',
    load: 1.25,
    appointmentFill: 0.95,
    appointmentCancelled: 0.03,
    shifts: weekdayShifts(),
  },
  'counter-closing': {
    name: 'counter-closing',
    description: 'an ordinary day, but Guichet 2 closes at 10:30 (its agent is called away)',
    load: 1,
    appointmentFill: 0.75,
    appointmentCancelled: 0.05,
    shifts: withClosingG2(weekdayShifts()),
  },
};

export type ProfileName = keyof typeof dayProfiles;

/** The counters of a Saturday morning: reception and papers only, no lunch. */
export function saturdayShifts(profile: DayProfile): Shift[] {
  return profile.shifts
    .filter((s) => ['g1', 'g2', 'g3', 'g4'].includes(s.counterId))
    .map((s) => ({
      ...s,
      opens: '08:30',
      closes: s.counterId === 'g2' && s.closes < '12:00' ? s.closes : '11:55',
      lunch: undefined,
      shortPauses: 1,
    }));
}
