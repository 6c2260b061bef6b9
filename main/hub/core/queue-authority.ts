import type { CommandAnswer } from '../../../shared/contracts/commands';
import { errorBody, type ErrorBody } from '../../../shared/contracts/errors';
import {
  errorHttpStatus,
  type Actor,
  type Command,
  type CommandContext,
  type DomainError,
  type DomainEvent,
  type QueueState,
} from '../../../shared/engine';
import { EventLog, type LoggedEvent } from '../store/event-log';
import { IdempotencyStore, type StoredAnswer } from '../store/idempotency-store';
import type { Db } from '../store/open-database';

/** The engine's three functions, as the authority uses them. */
export interface Engine {
  initialState(): QueueState;
  decide(
    state: QueueState,
    command: Command,
    context: CommandContext,
  ): { ok: true; events: DomainEvent[] } | { ok: false; error: DomainError };
  evolve(state: QueueState, event: DomainEvent): QueueState;
}

export interface IdempotencyClaim {
  scope: string;
  key: string;
  requestHash: string;
}

export interface CommandRequest {
  command: Command;
  actor: Actor;
  idempotency?: IdempotencyClaim;
  /** Extra writes that must commit with the events (personal data kept beside them). */
  alsoOnCommit?: () => void;
}

export interface CommandOutcome {
  status: number;
  body: CommandAnswer | ErrorBody;
  /** True when this answer was stored for an earlier request with the same key. */
  replayed: boolean;
}

export interface CommittedBatch {
  fromSeq: number;
  toSeq: number;
  events: DomainEvent[];
}

/**
 * The site's single writer: decides each command against the current state, records its
 * events and the idempotency answer in one durable transaction, then folds the events in
 * and tells subscribers. `execute` is synchronous end to end, so commands can never
 * interleave: two counters calling "next" at once are decided one after the other.
 */
export class QueueAuthority {
  private current: QueueState;
  private seq = 0;
  private readonly log: EventLog<DomainEvent>;
  private readonly answers: IdempotencyStore;
  private readonly listeners = new Set<(batch: CommittedBatch) => void>();

  constructor(
    private readonly db: Db,
    private readonly engine: Engine,
    private readonly clock: () => number,
    private readonly newToken: () => string,
  ) {
    this.log = new EventLog<DomainEvent>(db);
    this.answers = new IdempotencyStore(db);
    this.current = engine.initialState();
    for (const { seq, event } of this.log.replay()) {
      this.current = engine.evolve(this.current, event);
      this.seq = seq;
    }
  }

  get state(): Readonly<QueueState> {
    return this.current;
  }

  get lastSeq(): number {
    return this.seq;
  }

  execute(request: CommandRequest): CommandOutcome {
    const { idempotency } = request;
    if (idempotency) {
      const earlier = this.answers.find(idempotency.scope, idempotency.key);
      if (earlier) {
        if (earlier.requestHash === idempotency.requestHash)
          return { ...(earlier.answer as Omit<CommandOutcome, 'replayed'>), replayed: true };
        return {
          status: 422,
          body: errorBody(
            'idempotency-mismatch',
            'this Idempotency-Key was already used for a different request: use a new key for a new request',
            { key: idempotency.key },
          ),
          replayed: false,
        };
      }
    }
    const now = this.clock();
    const decision = this.engine.decide(this.current, request.command, {
      now,
      actor: request.actor,
      newToken: this.newToken,
    });
    if (!decision.ok) {
      const { code, message, details } = decision.error;
      const answer: StoredAnswer = {
        status: errorHttpStatus[code],
        body: errorBody(code, message, details),
      };
      if (idempotency) this.remember(idempotency, answer, now);
      return { ...(answer as Omit<CommandOutcome, 'replayed'>), replayed: false };
    }
    const fromSeq = this.seq + 1;
    let toSeq = this.seq;
    const answer = { status: 200, body: { seq: 0, events: decision.events } };
    this.db.transaction(() => {
      toSeq = this.log.append(decision.events, request.actor);
      answer.body.seq = toSeq;
      request.alsoOnCommit?.();
      if (idempotency) this.remember(idempotency, answer, now);
    })();
    for (const event of decision.events) this.current = this.engine.evolve(this.current, event);
    this.seq = toSeq;
    const batch = { fromSeq, toSeq, events: decision.events };
    for (const listener of this.listeners) listener(batch);
    return { ...answer, replayed: false };
  }

  /** Committed events after `seq` (at most `limit`), for clients that resume. */
  eventsAfter(seq: number, limit: number): LoggedEvent<DomainEvent>[] {
    return this.log.readAfter(seq, limit);
  }

  /** Calls `listener` after each commit; returns the unsubscribe function. */
  subscribe(listener: (batch: CommittedBatch) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  forgetAnswersBefore(cutoff: number): number {
    return this.answers.purgeBefore(cutoff);
  }

  private remember(claim: IdempotencyClaim, answer: StoredAnswer, now: number) {
    this.answers.save(claim.scope, claim.key, claim.requestHash, answer, now);
  }
}
