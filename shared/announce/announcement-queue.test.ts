import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AnnouncementQueue,
  type AnnouncementStep,
  type Playback,
  type QueueEvent,
  type StepPlayer,
} from './announcement-queue';
import { callAnnouncement } from './call-announcement';

// A player that behaves like audio on a fake clock: each step sounds for a while and
// ends, or errors, or never ends; it records what was heard, when, and what was cut.
type Behaviour = 'ends' | 'errors' | 'never-ends' | 'throws';

class VirtualPlayer implements StepPlayer {
  readonly heard: { step: AnnouncementStep; from: number; to?: number }[] = [];
  cancelled = 0;
  playing = 0;
  maxAtOnce = 0;
  constructor(
    private readonly behaviour: (step: AnnouncementStep, index: number) => Behaviour = () => 'ends',
    private readonly durationMs = 1_500,
  ) {}

  play(step: AnnouncementStep): Playback {
    const behaviour = this.behaviour(step, this.heard.length);
    if (behaviour === 'throws') throw new Error('audio blocked by the browser');
    const record: { step: AnnouncementStep; from: number; to?: number } = {
      step,
      from: Date.now(),
    };
    this.heard.push(record);
    this.playing += 1;
    this.maxAtOnce = Math.max(this.maxAtOnce, this.playing);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = new Promise<void>((resolve, reject) => {
      if (behaviour === 'never-ends') return;
      timer = setTimeout(() => {
        this.playing -= 1;
        record.to = Date.now();
        if (behaviour === 'errors') reject(new Error('synthesis-failed'));
        else resolve();
      }, this.durationMs);
    });
    return {
      done,
      cancel: () => {
        this.cancelled += 1;
        this.playing -= 1;
        clearTimeout(timer);
      },
    };
  }

  voices(): string[] {
    return this.heard.flatMap(({ step }) => (step.kind === 'voice' ? [step.text] : []));
  }
}

const timers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function call(n: number, options: { counter?: number; recall?: boolean; at?: number } = {}) {
  return {
    ticketId: `2026-03-10-${n}`,
    number: `A${String(n).padStart(3, '0')}`,
    counterId: `g${options.counter ?? 1}`,
    counterLabel: `Guichet ${options.counter ?? 1}`,
    at: options.at ?? 1_000 + n,
    recall: options.recall ?? false,
  };
}

function queueWith(player: StepPlayer) {
  const events: QueueEvent[] = [];
  const queue = new AnnouncementQueue({ player, timers, onEvent: (e) => events.push(e) });
  return { queue, events };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AnnouncementQueue', () => {
  it('says the chime then each language, and a new call only after the current one ends', async () => {
    const player = new VirtualPlayer();
    const { queue } = queueWith(player);
    queue.enqueue(callAnnouncement(call(42), ['fr', 'en']));
    await vi.advanceTimersByTimeAsync(2_000);
    queue.enqueue(callAnnouncement(call(43, { counter: 2 }), ['fr']));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.heard.map(({ step }) => step.kind)).toEqual([
      'chime',
      'voice',
      'voice',
      'chime',
      'voice',
    ]);
    expect(player.voices()).toEqual([
      'Numéro a quarante-deux, guichet un',
      'Number A-forty-two, counter one',
      'Numéro a quarante-trois, guichet deux',
    ]);
    expect(player.maxAtOnce).toBe(1);
    expect(player.cancelled).toBe(0);
    for (const [index, record] of player.heard.entries())
      if (index > 0) expect(record.from).toBeGreaterThanOrEqual(player.heard[index - 1]!.to!);
  });

  it('says each call once however often the board shows it', async () => {
    const player = new VirtualPlayer();
    const { queue } = queueWith(player);
    expect(queue.enqueue(callAnnouncement(call(1), ['fr']))).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(queue.enqueue(callAnnouncement(call(1), ['fr']))).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(queue.enqueue(callAnnouncement(call(1), ['fr']))).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.voices()).toHaveLength(1);
  });

  it('says a recall again, as a recall', async () => {
    const player = new VirtualPlayer();
    const { queue } = queueWith(player);
    queue.enqueue(callAnnouncement(call(7), ['fr']));
    await vi.advanceTimersByTimeAsync(10_000);
    queue.enqueue(callAnnouncement(call(7, { recall: true, at: 90_000 }), ['fr']));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(player.voices()).toEqual([
      'Numéro a sept, guichet un',
      'Rappel : numéro a sept, guichet un',
    ]);
  });

  it('does not say a recall right after its call when that call was still waiting', async () => {
    const player = new VirtualPlayer();
    const { queue, events } = queueWith(player);
    queue.enqueue(callAnnouncement(call(1), ['fr']));
    queue.enqueue(callAnnouncement(call(2), ['fr']));
    queue.enqueue(callAnnouncement(call(2, { recall: true, at: 5_000 }), ['fr']));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.voices()).toEqual(['Numéro a un, guichet un', 'Numéro a deux, guichet un']);
    expect(events).toContainEqual({
      type: 'merged',
      key: '2026-03-10-2@5000:recall',
      into: '2026-03-10-2@1002',
    });
  });

  it('gives up a voice that never ends after its timeout and goes on', async () => {
    const player = new VirtualPlayer((step) =>
      step.kind === 'voice' && step.text.includes('un,') ? 'never-ends' : 'ends',
    );
    const { queue, events } = queueWith(player);
    queue.enqueue(callAnnouncement(call(1), ['fr']));
    queue.enqueue(callAnnouncement(call(2), ['fr']));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(player.voices()).toEqual(['Numéro a un, guichet un', 'Numéro a deux, guichet un']);
    expect(player.cancelled).toBe(1);
    expect(events.filter((e) => e.type === 'step').map((e) => e.outcome)).toEqual([
      'done',
      'timeout',
      'done',
      'done',
    ]);
    expect(queue.current).toBeNull();
  });

  it('skips a step that errors or throws (audio blocked) and never stalls', async () => {
    const player = new VirtualPlayer((step, index) =>
      step.kind === 'chime' ? 'throws' : index % 2 === 0 ? 'errors' : 'ends',
    );
    const { queue, events } = queueWith(player);
    for (let n = 1; n <= 4; n += 1) queue.enqueue(callAnnouncement(call(n), ['fr', 'en']));
    await vi.advanceTimersByTimeAsync(60_000);
    const finished = events.filter((e) => e.type === 'finished').map((e) => e.key);
    expect(finished).toEqual([1, 2, 3, 4].map((n) => `2026-03-10-${n}@${1_000 + n}`));
    const outcomes = events.flatMap((e) => (e.type === 'step' ? [e.outcome] : []));
    expect(outcomes).toContain('failed');
    expect(queue.pending).toEqual([]);
  });

  it('says 30 calls from 4 counters in a burst, each once, in order, none cut off', async () => {
    const player = new VirtualPlayer(() => 'ends', 800);
    const { queue, events } = queueWith(player);
    const burst = Array.from({ length: 30 }, (_, i) => call(i + 1, { counter: (i % 4) + 1 }));
    for (const [i, c] of burst.entries()) {
      queue.enqueue(callAnnouncement(c, ['fr', 'en']));
      queue.enqueue(callAnnouncement(c, ['fr', 'en'])); // the next board repeats it
      if (i % 3 === 0) await vi.advanceTimersByTimeAsync(333);
    }
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const started = events.flatMap((e) => (e.type === 'started' ? [e.key] : []));
    expect(started).toEqual(burst.map((c) => `${c.ticketId}@${c.at}`));
    expect(player.voices()).toHaveLength(60);
    expect(player.cancelled).toBe(0);
    expect(player.maxAtOnce).toBe(1);
  });

  it('remembers a bounded number of calls', () => {
    const player = new VirtualPlayer();
    const queue = new AnnouncementQueue({ player, timers, rememberKeys: 3 });
    for (let n = 1; n <= 5; n += 1) queue.enqueue(callAnnouncement(call(n), ['fr']));
    expect(queue.has('2026-03-10-1@1001')).toBe(false);
    expect(queue.has('2026-03-10-5@1005')).toBe(true);
  });
});
