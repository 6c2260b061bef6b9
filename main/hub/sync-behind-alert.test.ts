import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command, QueueState } from '../../shared/engine';
import { morningAt } from './test-support/morning-clock';
import { quickSync } from './test-support/synced-hub';
import { startTestHub, type TestHub } from './test-support/test-hub';
import { waitUntil } from './test-support/wait-until';

// The central API cannot be reached: visits pile up in the outbox and, once the oldest
// has waited `alerts.syncBehindMinutes` (10), staff are told the sync is behind.

const minute = 60_000;
let now = morningAt();
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({
    clock: () => now,
    conditionCheckMs: 25,
    syncTiming: quickSync,
    settings: {
      central: { baseUrl: 'http://127.0.0.1:1', siteId: 'test-site', token: 'a token of test' },
    },
  });
});
afterAll(() => t.close());

const behind = (state: Readonly<QueueState>) =>
  Object.values(state.alerts).filter((a) => a.kind === 'sync-behind' && !a.closedAt);

describe('sync-behind', () => {
  it('is raised when the oldest unsent visit is older than the threshold', async () => {
    const authority = t.hub.context.authority;
    const run = (command: Command) => {
      const outcome = authority.execute({ command, actor: { role: 'system' } });
      if (outcome.status !== 200) throw new Error(JSON.stringify(outcome.body));
      return outcome.body;
    };
    const issued = run({
      type: 'ticket:issue',
      service: 'iris',
      priority: false,
      channel: 'kiosk',
      language: 'fr',
    });
    const ticketId =
      'events' in issued && issued.events[0]?.type === 'ticket:issued'
        ? issued.events[0].ticketId
        : '';
    run({ type: 'ticket:cancel', ticketId });
    expect(t.hub.context.sync.outbox.oldestPendingEndedAt()).toBe(now);
    now += 10 * minute;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(behind(authority.state)).toEqual([]);
    now += minute;
    await waitUntil('the sync is behind', () => behind(authority.state).length === 1, [
      (wake) => authority.subscribe(wake),
    ]);
    expect(behind(authority.state)[0]?.detail).toContain('11 min');
  });
});
