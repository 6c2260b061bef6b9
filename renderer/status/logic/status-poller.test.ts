import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HubApiError } from '../../../shared/contracts/hub-client';
import type { TicketView } from '../../../shared/engine';
import { StatusPoller, type StatusState } from './status-poller';

// The hub is the edge here: each test scripts what it answers, in order, and the clock
// is Vitest's fake one, so the schedule is checked without waiting.

const waiting = (peopleAhead: number): TicketView => ({
  ticketId: 't-1',
  number: 'A042',
  service: 'iris',
  state: 'waiting',
  priority: true,
  language: 'uk',
  arrivedAt: 0,
  position: peopleAhead + 1,
  peopleAhead,
  estimate: {
    service: 'iris',
    peopleAhead,
    openCounters: 1,
    serviceTimeMs: 300_000,
    samples: 0,
    minutes: peopleAhead * 5,
    shown: { kind: 'minutes', minutes: peopleAhead * 5 },
    method: 'configured service time',
  },
});
const called: TicketView = {
  ...waiting(0),
  state: 'called',
  counter: { id: 'g1', label: 'Guichet 1' },
};
const done: TicketView = { ...waiting(0), state: 'done' };
const offline = new TypeError('Failed to fetch');
const notFound = new HubApiError(404, 'not-found', 'this ticket is not known');

function follow(answers: (TicketView | Error)[]) {
  const states: StatusState[] = [];
  let asked = 0;
  const poller = new StatusPoller({
    fetchStatus: async () => {
      const answer = answers[Math.min(asked, answers.length - 1)];
      asked += 1;
      if (answer instanceof Error) throw answer;
      if (!answer) throw new Error('no scripted answer');
      return answer;
    },
    onChange: (state) => states.push(state),
  });
  return { poller, states, asked: () => asked, last: () => states.at(-1) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('StatusPoller', () => {
  it('asks every 10 s while the ticket is live, and stops once it is over', async () => {
    const run = follow([waiting(2), waiting(1), called, done]);
    run.poller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.last()).toMatchObject({
      ticket: {
        kind: 'waiting',
        number: 'A042',
        peopleAhead: 2,
        wait: { kind: 'minutes', minutes: 10 },
      },
      problem: null,
    });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(run.asked()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run.last()?.ticket).toMatchObject({ peopleAhead: 1 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run.last()?.ticket).toEqual({ kind: 'called', number: 'A042', counter: 'Guichet 1' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run.last()?.ticket).toEqual({ kind: 'done', number: 'A042' });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(run.asked()).toBe(4);
    run.poller.stop();
  });

  it('never shows the priority flag, language or ticket id', async () => {
    const run = follow([waiting(0)]);
    run.poller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(Object.keys(run.last()?.ticket ?? {}).sort()).toEqual([
      'kind',
      'number',
      'peopleAhead',
      'wait',
    ]);
    run.poller.stop();
  });

  it('keeps the last answer through an outage, backs off, and recovers', async () => {
    const run = follow([waiting(3), offline, offline, offline, offline, offline, waiting(2)]);
    run.poller.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run.last()).toMatchObject({ problem: 'unreachable', ticket: { peopleAhead: 3 } });
    const checkedAt = run.last()?.checkedAt;
    // 5, 10, 20, 30 then 30 s again between attempts.
    for (const delay of [5_000, 10_000, 20_000, 30_000, 30_000]) {
      const before = run.asked();
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(run.asked()).toBe(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(run.asked()).toBe(before + 1);
    }
    expect(run.last()).toMatchObject({ problem: null, ticket: { peopleAhead: 2 } });
    expect(run.last()?.checkedAt).toBeGreaterThan(checkedAt ?? Infinity);
    run.poller.stop();
  });

  it('says "unknown" once for a token the hub does not know, and stops asking', async () => {
    const run = follow([notFound]);
    run.poller.start();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(run.last()).toMatchObject({ problem: 'unknown', ticket: null, loading: false });
    expect(run.asked()).toBe(1);
    run.poller.refresh();
    expect(run.asked()).toBe(1);
  });

  it('does not ask while the page is hidden, and asks at once when it is shown', async () => {
    const run = follow([waiting(4), waiting(1)]);
    run.poller.start();
    await vi.advanceTimersByTimeAsync(0);
    run.poller.pause();
    await vi.advanceTimersByTimeAsync(300_000);
    expect(run.asked()).toBe(1);
    run.poller.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.asked()).toBe(2);
    expect(run.last()?.ticket).toMatchObject({ peopleAhead: 1 });
    run.poller.stop();
  });

  it('ignores an answer that arrives after it was stopped', async () => {
    let release: (view: TicketView) => void = () => {};
    const states: StatusState[] = [];
    const poller = new StatusPoller({
      fetchStatus: () => new Promise<TicketView>((resolve) => (release = resolve)),
      onChange: (state) => states.push(state),
    });
    poller.start();
    poller.stop();
    release(waiting(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.every((s) => s.ticket === null)).toBe(true);
  });
});
