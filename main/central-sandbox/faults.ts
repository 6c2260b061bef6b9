import { z } from 'zod';
import { seededRandom } from '../../shared/demo/seeded-random';

// Faults the sandbox can inject on its API (never on its admin API), to show how the
// hub's sync worker copes. Set at start and changed at runtime (setFaults or PUT
// /admin/faults); random choices come from a seeded generator, so a run can be replayed.

export const faultsSchema = z.strictObject({
  /** Refuses connections (the listener is closed and open sockets destroyed). */
  down: z.boolean().default(false),
  /** Share of requests answered with `errorStatus` instead of being processed. */
  errorRate: z.number().min(0).max(1).default(0),
  errorStatus: z
    .union([z.literal(500), z.literal(502), z.literal(503), z.literal(429)])
    .default(500),
  /** Retry-After sent with injected 429/503 answers: seconds ("2") or an HTTP date. */
  retryAfter: z.string().min(1).max(64).optional(),
  /** Delay before a request is looked at (a slow network). */
  latencyMs: z.number().int().min(0).max(600_000).default(0),
  /** Delay while a request is in progress (its Idempotency-Key held), before it is answered. */
  slowMs: z.number().int().min(0).max(600_000).default(0),
  /** Share of requests whose connection is destroyed without an answer. */
  dropRate: z.number().min(0).max(1).default(0),
  /** "request": dropped before anything is processed; "response": after the batch was
   *  committed, so the client cannot know it was stored. */
  dropPhase: z.enum(['request', 'response']).default('response'),
  seed: z.number().int().default(1),
  /** Visits of these services are refused as invalid records, as a central system refuses
   *  a service it does not know yet (a poison record for the site to quarantine). */
  refuseServiceCodes: z.array(z.string().min(1).max(40)).max(100).default([]),
  /** false: a refused batch is answered 400 as a whole, naming no record (a central
   *  system less helpful than the contract asks; the site must find the record itself). */
  nameRefusedRecords: z.boolean().default(true),
});
export type Faults = z.infer<typeof faultsSchema>;
export type FaultsInput = z.input<typeof faultsSchema>;

export const noFaults: Faults = faultsSchema.parse({});

export interface FaultCounts {
  errors: number;
  drops: number;
  delayed: number;
}

/** Holds the current faults and decides, request by request, which ones strike. */
export class FaultPlan {
  private random: () => number;
  readonly counts: FaultCounts = { errors: 0, drops: 0, delayed: 0 };

  constructor(private current: Faults = noFaults) {
    this.random = seededRandom(current.seed);
  }

  get faults(): Faults {
    return this.current;
  }

  /** Merges a change into the current faults; a new seed restarts the random sequence. */
  update(change: FaultsInput): Faults {
    const next = faultsSchema.parse({ ...this.current, ...change });
    if (change.seed !== undefined) this.random = seededRandom(next.seed);
    this.current = next;
    this.wake();
    return next;
  }

  /** Calls `listener` on every update (a held request re-reads `slowMs`); returns the
   *  function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private readonly listeners = new Set<() => void>();

  private wake(): void {
    for (const listener of [...this.listeners]) listener();
  }

  injectError(): boolean {
    const strikes = this.current.errorRate > 0 && this.random() < this.current.errorRate;
    if (strikes) this.counts.errors++;
    return strikes;
  }

  drop(phase: Faults['dropPhase']): boolean {
    if (this.current.dropPhase !== phase || this.current.dropRate === 0) return false;
    const strikes = this.random() < this.current.dropRate;
    if (strikes) this.counts.drops++;
    return strikes;
  }
}
