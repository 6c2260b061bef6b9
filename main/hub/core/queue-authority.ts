import type { CommandAnswer } from '../../../shared/contracts/commands';
import { errorBody, httpStatusOf, type ErrorBody } from '../../../shared/contracts/errors';
import {
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
import type { SnapshotSource } from './state-snapshots';

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

/** Derives rows from a command's events inside its transaction (visits and their outbox). */
export type Projector = (events: readonly DomainEvent[], state: QueueState, seq: number) => void;

export interface AuthorityOptions {
  /** Commands decided in one transaction at most (group commit). */
  maxBatch?: number;
  /** Where to start from instead of the whole log (see StateSnapshots). */
  snapshots?: SnapshotSource;
}

export interface CommittedBatch {
  fromSeq: number;
  toSeq: number;
  events: DomainEvent[];
}

/**
 * The site's single writer: decides each command against the current state, records its
 * events and the idempotency answer durably, then folds the events in and tells
 * subscribers. Commands are decided strictly one after the other (all of it is
 * synchronous), so two counters calling "next" at once can never get the same ticket.
 *
 * `submit` groups the commands that arrive in the same turn of the event loop into one
 * transaction (group commit): one fsync for many commands, and no answer leaves before
 * its commit. No other code runs between a batch's first decision and its commit, so no
 * reader ever sees state that is not on disk.
 */
export class QueueAuthority {
  private current: QueueState;
  private seq = 0;
  private readonly log: EventLog<DomainEvent>;
  private readonly answers: IdempotencyStore;
  private readonly listeners = new Set<(batch: CommittedBatch) => void>();
  private readonly projectors: Projector[] = [];
  private queue: {
    request: CommandRequest;
    settle: (outcome: CommandOutcome) => void;
    fail: (error: unknown) => void;
  }[] = [];
  private flushScheduled = false;
  private readonly maxBatch: number;
  private readonly snapshots: SnapshotSource | undefined;
  /** Where the last rebuild started: the snapshot's seq (0: the whole log). */
  private rebuiltFrom = 0;

  constructor(
    private readonly db: Db,
    private readonly engine: Engine,
    private readonly clock: () => number,
    private readonly newToken: () => string,
    options: AuthorityOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 256;
    this.snapshots = options.snapshots;
    this.log = new EventLog<DomainEvent>(db);
    this.answers = new IdempotencyStore(db);
    this.current = engine.initialState();
    this.rebuild();
  }

  get state(): Readonly<QueueState> {
    return this.current;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** The seq of the snapshot the state was last rebuilt from (0: the whole log). */
  get startedFrom(): number {
    return this.rebuiltFrom;
  }

  /** Decides and commits one command now. */
  execute(request: CommandRequest): CommandOutcome {
    const [outcome] = this.executeBatch([request]);
    return outcome as CommandOutcome;
  }

  /** Queues a command for the next group commit; resolves once it is durable (or refused). */
  submit(request: CommandRequest): Promise<CommandOutcome> {
    return new Promise((settle, fail) => {
      this.queue.push({ request, settle, fail });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Decides the commands in order and commits them all in one transaction. */
  executeBatch(requests: readonly CommandRequest[]): CommandOutcome[] {
    const outcomes: CommandOutcome[] = [];
    const committed: CommittedBatch[] = [];
    try {
      this.db.transaction(() => {
        for (const request of requests) outcomes.push(this.decideOne(request, committed));
      })();
    } catch (error) {
      // The transaction rolled back but the state had already folded its events in:
      // rebuild it from the log so memory matches the disk again.
      this.current = this.engine.initialState();
      this.seq = 0;
      this.rebuild();
      throw error;
    }
    const first = committed[0];
    const last = committed[committed.length - 1];
    if (first && last) {
      // One notice per transaction: subscribers serialise and send it once.
      const batch = {
        fromSeq: first.fromSeq,
        toSeq: last.toSeq,
        events: committed.flatMap((b) => b.events),
      };
      for (const listener of this.listeners) {
        try {
          listener(batch);
        } catch {
          // A subscriber's failure must not undo an acknowledged command.
        }
      }
    }
    return outcomes;
  }

  private flush(): void {
    this.flushScheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const outcomes = this.executeBatch(batch.map((item) => item.request));
        batch.forEach((item, index) => item.settle(outcomes[index] as CommandOutcome));
      } catch (error) {
        for (const item of batch) item.fail(error);
      }
    }
  }

  private decideOne(request: CommandRequest, committed: CommittedBatch[]): CommandOutcome {
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
    let decision: ReturnType<Engine['decide']>;
    try {
      decision = this.engine.decide(this.current, request.command, {
        now,
        actor: request.actor,
        newToken: this.newToken,
      });
    } catch (error) {
      // `decide` is pure: its failure touches nothing, so only this command fails.
      return {
        status: 500,
        body: errorBody(
          'internal',
          `the queue engine failed on ${request.command.type} (${String(error)}): nothing was recorded; tell IT`,
        ),
        replayed: false,
      };
    }
    if (!decision.ok) {
      const { code, message, details } = decision.error;
      const answer: StoredAnswer = {
        status: httpStatusOf(code),
        body: errorBody(code, message, details),
      };
      if (idempotency) this.remember(idempotency, answer, now);
      return { ...(answer as Omit<CommandOutcome, 'replayed'>), replayed: false };
    }
    const fromSeq = this.seq + 1;
    const toSeq = this.log.append(decision.events, request.actor);
    request.alsoOnCommit?.();
    const answer = { status: 200, body: { seq: toSeq, events: decision.events } };
    if (idempotency) this.remember(idempotency, answer, now);
    for (const event of decision.events) this.current = this.engine.evolve(this.current, event);
    // Still inside the transaction: a projection that fails undoes the command too.
    if (decision.events.length > 0)
      for (const projector of this.projectors) projector(decision.events, this.current, toSeq);
    this.seq = toSeq;
    if (decision.events.length > 0) committed.push({ fromSeq, toSeq, events: decision.events });
    return { ...answer, replayed: false };
  }

  /** Folds the log into the state: from the latest usable snapshot, else from the start. */
  private rebuild(): void {
    const restored = this.snapshots?.restore(this.log.lastSeq());
    if (restored) {
      this.current = restored.state;
      this.seq = restored.seq;
    }
    this.rebuiltFrom = this.seq;
    for (const { seq, event } of this.log.replay(this.seq)) {
      this.current = this.engine.evolve(this.current, event);
      this.seq = seq;
    }
  }

  /** Committed events after `seq` (at most `limit`), for clients that resume. */
  eventsAfter(seq: number, limit: number): LoggedEvent<DomainEvent>[] {
    return this.log.readAfter(seq, limit);
  }

  /**
   * Runs `projector` inside each command's transaction, once its events are folded into the
   * state: what it writes commits (or rolls back) with the events.
   */
  addProjector(projector: Projector): void {
    this.projectors.push(projector);
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
