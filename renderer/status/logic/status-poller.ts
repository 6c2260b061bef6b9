import type { TicketView } from '../../../shared/engine';
import { backoffDelay, type BackoffPolicy } from '../../../shared/retry/backoff';
import { classifyHubFailure } from '../../common/hub/hub-failure';
import { isFinal, ticketDisplay, type TicketDisplay } from './ticket-display';

// Follows one ticket by asking the hub at intervals (a phone on mobile data keeps no
// socket open for long): every `everyMs` while the ticket is live, backing off while
// the hub cannot be reached, and not at all once the ticket is over or unknown, or while
// the page is hidden. The last answer stays on screen through an outage, dated.

export type StatusProblem = 'unknown' | 'unreachable';

export interface StatusState {
  /** The last known state of the ticket, or null before the first answer. */
  ticket: TicketDisplay | null;
  /** When the hub last answered (epoch ms). */
  checkedAt: number | null;
  /** `unknown`: the hub does not know the token (another day, a typo); final. */
  problem: StatusProblem | null;
  /** A request is under way. */
  loading: boolean;
}

export interface PollerOptions {
  fetchStatus: () => Promise<TicketView>;
  onChange: (state: StatusState) => void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  everyMs?: number;
  /** Waits after failed attempts (shared/retry); `defaultBackoff` unless said. */
  backoff?: BackoffPolicy;
  random?: () => number;
}

export const defaultEveryMs = 10_000;
/** 5, 10, 20, then 30 s: the page says when it last heard from the hub, and asks again. */
export const defaultBackoff: BackoffPolicy = { baseMs: 5_000, capMs: 30_000, jitter: 'none' };

export class StatusPoller {
  private state: StatusState = { ticket: null, checkedAt: null, problem: null, loading: false };
  private timer: unknown = null;
  private failures = 0;
  private running = false;
  private paused = false;
  private generation = 0;

  constructor(private readonly options: PollerOptions) {}

  get current(): StatusState {
    return this.state;
  }

  start(): void {
    this.running = true;
    void this.poll();
  }

  stop(): void {
    this.running = false;
    this.generation += 1;
    this.cancelTimer();
  }

  /** The page is hidden: stop asking until it is shown again. */
  pause(): void {
    this.paused = true;
    this.cancelTimer();
  }

  /** The page is shown again: ask at once, unless there is nothing left to learn. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.running && !this.settled()) void this.poll();
  }

  /** Asks now (the visitor pressed "refresh"). */
  refresh(): void {
    if (this.running && !this.state.loading && this.state.problem !== 'unknown') void this.poll();
  }

  private settled(): boolean {
    return (
      this.state.problem === 'unknown' || (this.state.ticket ? isFinal(this.state.ticket) : false)
    );
  }

  private set(next: Partial<StatusState>): void {
    this.state = { ...this.state, ...next };
    this.options.onChange(this.state);
  }

  private cancelTimer(): void {
    if (this.timer !== null) (this.options.clearTimer ?? clearTimeout)(this.timer as never);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    if (!this.running || this.paused || this.settled()) return;
    this.timer = (this.options.setTimer ?? setTimeout)(() => {
      this.timer = null;
      void this.poll();
    }, ms);
  }

  private async poll(): Promise<void> {
    this.cancelTimer();
    const generation = this.generation;
    this.set({ loading: true });
    try {
      const view = await this.options.fetchStatus();
      if (generation !== this.generation) return;
      this.failures = 0;
      const now = (this.options.now ?? Date.now)();
      this.set({ ticket: ticketDisplay(view), checkedAt: now, problem: null, loading: false });
      this.schedule(this.options.everyMs ?? defaultEveryMs);
    } catch (error) {
      if (generation !== this.generation) return;
      const failure = classifyHubFailure(error);
      if (failure.kind === 'unreachable') {
        const delay = backoffDelay(
          this.failures,
          this.options.random ?? Math.random,
          this.options.backoff ?? defaultBackoff,
        );
        this.failures += 1;
        this.set({ problem: 'unreachable', loading: false });
        this.schedule(delay);
      } else {
        // Not found, or a token the hub refuses outright: asking again will not help.
        this.set({ ticket: null, problem: 'unknown', loading: false });
      }
    }
  }
}
