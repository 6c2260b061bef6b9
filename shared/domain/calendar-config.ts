import { z } from 'zod';
import {
  isoDateSchema,
  localizedTextSchema,
  minutesOfDay,
  monthDaySchema,
  timeOfDaySchema,
} from './primitives';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const timeRangeSchema = z
  .strictObject({ from: timeOfDaySchema, to: timeOfDaySchema })
  .refine((range) => minutesOfDay(range.from) < minutesOfDay(range.to), {
    message: '"from" must be before "to"',
  });
export type TimeRange = z.infer<typeof timeRangeSchema>;

/** The opening ranges of one day, in order and without overlap (e.g. a lunch break). */
export const dayRangesSchema = z.array(timeRangeSchema).superRefine((ranges, ctx) => {
  for (let i = 1; i < ranges.length; i += 1) {
    const previous = ranges[i - 1];
    const current = ranges[i];
    if (previous && current && minutesOfDay(current.from) < minutesOfDay(previous.to)) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: 'ranges must be in order and must not overlap',
      });
    }
  }
});

const weeklyShape = Object.fromEntries(
  weekdays.map((day) => [day, dayRangesSchema.default([])]),
) as Record<Weekday, z.ZodDefault<typeof dayRangesSchema>>;

/** Opening ranges per weekday; a missing day is closed. */
export const weeklyHoursSchema = z.strictObject(weeklyShape);
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;

const partialWeeklyShape = Object.fromEntries(
  weekdays.map((day) => [day, dayRangesSchema.optional()]),
) as Record<Weekday, z.ZodOptional<typeof dayRangesSchema>>;

/** Only the weekdays it names are replaced. */
export const weeklyOverrideSchema = z.strictObject(partialWeeklyShape);
export type WeeklyOverride = z.infer<typeof weeklyOverrideSchema>;

/** A season that changes some weekdays every year, e.g. no Saturday opening in July–August. */
export const seasonalRuleSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  from: monthDaySchema,
  /** Inclusive; a season may wrap around the new year ("12-15" to "01-05"). */
  to: monthDaySchema,
  weekly: weeklyOverrideSchema,
});
export type SeasonalRule = z.infer<typeof seasonalRuleSchema>;

const reason = localizedTextSchema.optional();

/** Exceptional closures: one date, a date range, every year on the same days, or the
 * working days squeezed between a public holiday and the weekend ("ponts"). */
export const closureRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: isoDateSchema, reason }),
  z
    .strictObject({ kind: z.literal('range'), from: isoDateSchema, to: isoDateSchema, reason })
    .refine((rule) => rule.from <= rule.to, { message: '"from" must not be after "to"' }),
  z.strictObject({ kind: z.literal('annual'), from: monthDaySchema, to: monthDaySchema, reason }),
  z.strictObject({ kind: z.literal('bridge-days'), reason }),
]);
export type ClosureRule = z.infer<typeof closureRuleSchema>;

/** Different hours on one date (e.g. closing at 16:00 on 24 December); [] closes the day. */
export const exceptionalHoursSchema = z.strictObject({
  date: isoDateSchema,
  ranges: dayRangesSchema,
  reason,
});
export type ExceptionalHours = z.infer<typeof exceptionalHoursSchema>;

export const calendarSchema = z.strictObject({
  weekly: weeklyHoursSchema,
  seasonal: z.array(seasonalRuleSchema).default([]),
  closures: z.array(closureRuleSchema).default([]),
  exceptionalHours: z.array(exceptionalHoursSchema).default([]),
  /** "fr": closed on French public holidays (computed, Easter-based ones included). */
  publicHolidays: z.enum(['fr', 'none']).default('fr'),
});
export type CalendarConfig = z.infer<typeof calendarSchema>;

/** The same hours on every day of the week: sites open around the clock (tests, benches). */
export function sameHoursEveryDay(ranges: readonly TimeRange[]): WeeklyHours {
  return Object.fromEntries(weekdays.map((day) => [day, [...ranges]])) as WeeklyHours;
}

/** Open around the clock, every day. */
export const aroundTheClock: WeeklyHours = sameHoursEveryDay([{ from: '00:00', to: '24:00' }]);
