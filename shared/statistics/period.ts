import { z } from 'zod';
import { addDays } from '../calendar/zoned-time';
import { isoDateSchema } from '../domain/primitives';

export const periodKinds = ['day', 'week', 'month', 'year', 'range'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** A span of local calendar days, both ends included. */
export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

/** Longest range a query may ask for: a few years of days is still one index range. */
export const MAX_RANGE_DAYS = 3 * 366;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function shiftMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = (y ?? 1970) * 12 + (m ?? 1) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function monthEnd(firstDay: string): string {
  return addDays(shiftMonths(firstDay, 1), -1);
}

/** The period of a kind holding `date` (weeks start on Monday, as in France). */
export function periodOf(kind: Exclude<PeriodKind, 'range'>, date: string): Period {
  switch (kind) {
    case 'day':
      return { kind, from: date, to: date };
    case 'week': {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
      const from = addDays(date, 1 - weekday);
      return { kind, from, to: addDays(from, 6) };
    }
    case 'month': {
      const from = `${date.slice(0, 7)}-01`;
      return { kind, from, to: monthEnd(from) };
    }
    case 'year':
      return { kind, from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31` };
  }
}

/** The period just before, of the same kind (a range: as many days, ending the day before). */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'range') {
    const length = daysBetween(period.from, period.to);
    const to = addDays(period.from, -1);
    return { kind: 'range', from: addDays(to, -length), to };
  }
  return periodOf(period.kind, addDays(period.from, -1));
}

/**
 * The same period a year before. Days and weeks go back 52 weeks (364 days), so a Tuesday
 * is compared with a Tuesday; months and years are the same calendar ones; a range goes
 * back one calendar year at both ends (29 February → 28 February).
 */
export function yearBeforePeriod(period: Period): Period {
  if (period.kind === 'day' || period.kind === 'week')
    return { kind: period.kind, from: addDays(period.from, -364), to: addDays(period.to, -364) };
  if (period.kind === 'month') return periodOf('month', shiftMonths(period.from, -12));
  if (period.kind === 'year') return periodOf('year', shiftMonths(period.from, -12));
  const back = (date: string) => {
    const shifted = `${String(Number(date.slice(0, 4)) - 1).padStart(4, '0')}${date.slice(4)}`;
    return shifted.endsWith('-02-29') ? `${shifted.slice(0, 8)}28` : shifted;
  };
  return { kind: 'range', from: back(period.from), to: back(period.to) };
}

/** Every day of a period, in order. */
export function daysOf(period: Pick<Period, 'from' | 'to'>): string[] {
  const days: string[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) days.push(day);
  return days;
}

export const periodFields = {
  period: z.enum(periodKinds).default('day'),
  /** Any day inside the period (day, week, month, year). */
  date: isoDateSchema.optional(),
  /** First and last day of a range. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};

type PeriodFields = z.output<z.ZodObject<typeof periodFields>>;

/** The rules between the period fields (a range needs both ends…), for any schema holding them. */
export function checkPeriod(input: PeriodFields, ctx: z.RefinementCtx): void {
  if (input.period === 'range') {
    if (!input.from || !input.to)
      ctx.addIssue({
        code: 'custom',
        path: [input.from ? 'to' : 'from'],
        message: 'a range needs "from" and "to" (YYYY-MM-DD), e.g. from=2026-01-01&to=2026-03-31',
      });
    else if (input.from > input.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" must not be before "from"' });
    else if (daysBetween(input.from, input.to) >= MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `a range covers at most ${MAX_RANGE_DAYS} days: ask for several`,
      });
  } else if (!input.date)
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: `a ${input.period} needs "date", any day inside it (YYYY-MM-DD)`,
    });
}

export const periodInputSchema = z.strictObject(periodFields).superRefine(checkPeriod);

/** The period a validated input names. */
export function resolvePeriod(input: PeriodFields): Period {
  if (input.period === 'range')
    return { kind: 'range', from: input.from ?? '', to: input.to ?? '' };
  return periodOf(input.period, input.date ?? '');
}
