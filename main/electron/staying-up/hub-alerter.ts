import { Backoff, type BackoffPolicy } from '../../../shared/retry/backoff';

// Tells the hub this machine's screen is in trouble (an `app-trouble` alert on every
// staff screen), when the recovery budget gives up and the error page shows. The hub
// may be unreachable just then (the same network fault can cause both), so a report
// waits and is sent again with the shared backoff, under the same Idempotency-Key, until
// the hub has it: never lost, never recorded twice. A refusal (a revoked device, a hub
// too old to know the kind) is final and logged. The hub keeps one open alert per
// device whatever the repeats.

export interface HubAlerterOptions {
  /** Sends one report; rejects with `{ status }` for the hub's refusals, anything else when unreachable. */
  send: (detail: string, idempotencyKey: string) => Promise<void>;
  newKey: () => string;
  log: (message: string) => void;
  policy?: BackoffPolicy;
  random?: () => number;
  /** Reports kept while the hub is unreachable; the oldest goes first when full. */
  maxPending?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

interface Report {
  detail: string;
  key: string;
}

const defaultPolicy: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/** A refusal is worth retrying only when the hub asks for time (429) or is failing (5xx). */
function isFinal(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status < 500 && status !== 429 && status !== 408;
}

export class HubAlerter {
  private readonly pending: Report[] = [];
  private readonly backoff: Backoff;
  private timer: unknown = null;
  private sending = false;
  private stopped = false;

  constructor(private readonly options: HubAlerterOptions) {
    this.backoff = new Backoff(options.policy ?? defaultPolicy, options.random);
  }

  /** Queues one report (at most 200 characters reach the hub) and sends it as soon as it can. */
  report(detail: string): void {
    if (this.stopped) return;
    const text = detail.trim().slice(0, 200) || 'the screen is in trouble';
    const max = this.options.maxPending ?? 10;
    if (this.pending.length >= max) {
      const dropped = this.pending.shift();
      this.options.log(`hub alert dropped (${max} waiting): ${dropped?.detail ?? ''}`);
    }
    this.pending.push({ detail: text, key: this.options.newKey() });
    if (this.timer === null) void this.flush();
  }

  /** Reports not yet accepted by the hub. */
  waiting(): number {
    return this.pending.length;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) (this.options.clearTimer ?? clearTimeout)(this.timer as never);
    this.timer = null;
  }

  private async flush(): Promise<void> {
    if (this.sending || this.stopped) return;
    this.sending = true;
    try {
      while (this.pending.length > 0 && !this.stopped) {
        const report = this.pending[0]!;
        try {
          await this.options.send(report.detail, report.key);
          this.backoff.reset();
          this.pending.shift();
          this.options.log(`hub alerted: ${report.detail}`);
        } catch (error) {
          if (isFinal(error)) {
            this.pending.shift();
            this.options.log(`the hub refused the alert "${report.detail}": ${String(error)}`);
            continue;
          }
          const wait = this.backoff.next();
          this.options.log(`the hub could not be told (${String(error)}); again in ${wait} ms`);
          this.timer = (this.options.setTimer ?? setTimeout)(() => {
            this.timer = null;
            void this.flush();
          }, wait);
          return;
        }
      }
    } finally {
      this.sending = false;
    }
  }
}
