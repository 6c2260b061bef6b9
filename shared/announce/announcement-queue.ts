// Says calls one after the other: a new call waits for the one being said (never cuts it
// off), each call is said once (a key seen before is ignored), and a step that fails or
// never ends is given up after its timeout, so one bad voice or blocked audio never
// stalls the queue. Pure: the player and the timers are injected.

export type AnnouncementStep =
  { kind: 'chime' } | { kind: 'voice'; language: string; text: string };

export interface Playback {
  /** Settles when the step has been heard to its end (or has failed). */
  done: Promise<void>;
  /** Stops it (after its timeout); the player must not resolve `done` later with sound. */
  cancel(): void;
}

export interface StepPlayer {
  play(step: AnnouncementStep): Playback;
  /** Called when a call is queued: a player may start fetching its audio at once. */
  prepare?(step: AnnouncementStep): void;
}

export interface QueueTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface QueuedAnnouncement {
  /** One per call: the ticket, when it was called, whether a recall. */
  key: string;
  /** The ticket, so a recall of a call still waiting here is not said twice in a row. */
  ticketId: string;
  recall: boolean;
  steps: AnnouncementStep[];
}

export type QueueEvent =
  | { type: 'queued'; key: string; waiting: number }
  | { type: 'merged'; key: string; into: string }
  | { type: 'started'; key: string }
  | { type: 'step'; key: string; step: AnnouncementStep; outcome: StepOutcome; detail?: string }
  | { type: 'finished'; key: string };

export type StepOutcome = 'done' | 'failed' | 'timeout';

export interface AnnouncementQueueOptions {
  player: StepPlayer;
  timers: QueueTimers;
  /** How long a step may take before it is given up. */
  stepTimeoutMs?: (step: AnnouncementStep) => number;
  onEvent?: (event: QueueEvent) => void;
  /** Keys remembered to say each call once (bounded: the display runs for weeks). */
  rememberKeys?: number;
}

/**
 * A chime 6 s at most; a voice 5 s plus 150 ms a character (speech runs at 60–80 ms a
 * character), at most 30 s. Generous: the time includes fetching the hub's audio.
 */
export function defaultStepTimeoutMs(step: AnnouncementStep): number {
  return step.kind === 'chime' ? 6_000 : Math.min(30_000, 5_000 + 150 * step.text.length);
}

export class AnnouncementQueue {
  private readonly waiting: QueuedAnnouncement[] = [];
  private readonly seen = new Set<string>();
  private currentKey: string | null = null;
  private running = false;
  private readonly stepTimeoutMs: (step: AnnouncementStep) => number;
  private readonly rememberKeys: number;

  constructor(private readonly options: AnnouncementQueueOptions) {
    this.stepTimeoutMs = options.stepTimeoutMs ?? defaultStepTimeoutMs;
    // The board lists 8 calls: remembering 200 covers any board again, and stays small.
    this.rememberKeys = options.rememberKeys ?? 200;
  }

  /** The call being said, if any. */
  get current(): string | null {
    return this.currentKey;
  }

  /** Keys of the calls waiting their turn, in order. */
  get pending(): string[] {
    return this.waiting.map((item) => item.key);
  }

  /** Whether this call has already been queued (said, being said or waiting). */
  has(key: string): boolean {
    return this.seen.has(key);
  }

  /** Queues a call unless it was queued before; false when ignored. */
  enqueue(item: QueuedAnnouncement): boolean {
    if (this.seen.has(item.key)) return false;
    this.remember(item.key);
    const queuedCall = item.recall
      ? this.waiting.find((other) => other.ticketId === item.ticketId)
      : undefined;
    if (queuedCall) {
      // Not heard yet: saying it and then its recall at once would only be noise.
      this.emit({ type: 'merged', key: item.key, into: queuedCall.key });
      return true;
    }
    this.waiting.push(item);
    for (const step of item.steps) safely(() => this.options.player.prepare?.(step));
    this.emit({ type: 'queued', key: item.key, waiting: this.waiting.length });
    void this.run();
    return true;
  }

  private remember(key: string): void {
    this.seen.add(key);
    if (this.seen.size <= this.rememberKeys) return;
    const oldest = this.seen.values().next().value;
    if (oldest !== undefined) this.seen.delete(oldest);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.waiting.shift(); item; item = this.waiting.shift()) {
        this.currentKey = item.key;
        this.emit({ type: 'started', key: item.key });
        for (const step of item.steps) await this.runStep(item.key, step);
        this.currentKey = null;
        this.emit({ type: 'finished', key: item.key });
      }
    } finally {
      this.running = false;
      this.currentKey = null;
    }
  }

  private runStep(key: string, step: AnnouncementStep): Promise<void> {
    return new Promise((resolve) => {
      let settled = false;
      let playback: Playback | undefined;
      const finish = (outcome: StepOutcome, detail?: string) => {
        if (settled) return;
        settled = true;
        this.options.timers.clearTimeout(timer);
        if (outcome === 'timeout') safely(() => playback?.cancel());
        this.emit({ type: 'step', key, step, outcome, ...(detail ? { detail } : {}) });
        resolve();
      };
      const timer = this.options.timers.setTimeout(
        () => finish('timeout', `no end after ${this.stepTimeoutMs(step)} ms`),
        this.stepTimeoutMs(step),
      );
      try {
        playback = this.options.player.play(step);
        playback.done.then(
          () => finish('done'),
          (error: unknown) => finish('failed', describe(error)),
        );
      } catch (error) {
        finish('failed', describe(error));
      }
    });
  }

  private emit(event: QueueEvent): void {
    safely(() => this.options.onEvent?.(event));
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // A listener's or a player's failure must not stop the queue.
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
