import { z } from 'zod';
import { codeSchema, idSchema, localizedTextSchema } from './primitives';

export const counterSchema = z.strictObject({
  id: idSchema,
  /** What the waiting room reads, e.g. "Guichet 3". */
  label: z.string().trim().min(1).max(40),
  services: z.array(codeSchema).min(1),
});
export type Counter = z.infer<typeof counterSchema>;

/** Agents are pseudonymous here: an id and a label. Passwords and names live in the hub. */
export const agentSchema = z.strictObject({
  id: idSchema,
  label: z.string().trim().min(1).max(40),
  services: z.array(codeSchema).min(1),
});
export type Agent = z.infer<typeof agentSchema>;

/** How a visit ended, chosen by the agent at "finish" (statistics, never personal data). */
export const outcomeSchema = z.strictObject({
  code: codeSchema,
  names: localizedTextSchema,
});
export type Outcome = z.infer<typeof outcomeSchema>;
