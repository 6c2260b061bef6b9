import { z } from 'zod';

/**
 * How "call next" picks a ticket for a counter.
 * - appointmentsFirst: an appointment ticket whose start time is at most
 *   `appointmentLeadMinutes` away (or past) is called before walk-ins. Earlier ones
 *   wait as ordinary tickets in arrival order.
 * - priority: "strict" calls priority tickets first; "interleave" alternates, e.g.
 *   `normal: 2, priority: 1` calls two ordinary tickets for one priority ticket when both
 *   wait; "none" ignores the flag for ordering.
 * - acrossServices: "longest-wait" takes the earliest arrival over all the counter's
 *   services; "counter-order" empties them in the order the counter lists them.
 * Within a class the order is always first come, first served (by original arrival).
 */
export const callingPolicySchema = z.strictObject({
  appointmentsFirst: z.boolean().default(true),
  appointmentLeadMinutes: z.number().int().min(0).max(240).default(5),
  priority: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('strict') }),
      z.strictObject({
        mode: z.literal('interleave'),
        normal: z.number().int().min(1).max(20),
        priority: z.number().int().min(1).max(20),
      }),
      z.strictObject({ mode: z.literal('none') }),
    ])
    .default({ mode: 'interleave', normal: 2, priority: 1 }),
  acrossServices: z.enum(['longest-wait', 'counter-order']).default('longest-wait'),
});
export type CallingPolicy = z.infer<typeof callingPolicySchema>;
