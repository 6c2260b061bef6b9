import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zonedEpoch } from '../../shared/calendar/zoned-time';
import { startTestHub, type TestHub } from './test-support/test-hub';
import { waitUntil } from './test-support/wait-until';

const dataDir = mkdtempSync(join(tmpdir(), 'accueil-day-'));
const started: TestHub[] = [];
afterAll(async () => {
  for (const t of started) await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const paris = (date: string, hour: number) => zonedEpoch(date, hour * 60, 'Europe/Paris');

describe('the hub ends days by itself', () => {
  it('ends at start the day a stopped hub left open, and records its unserved visits', async () => {
    const yesterday = await startTestHub({
      clock: () => paris('2026-04-07', 10),
      settings: { dataDir },
    });
    started.push(yesterday);
    const kiosk = await yesterday.device('kiosk');
    const issue = () =>
      yesterday.api('POST', '/api/v1/ticket/issue', {
        token: kiosk,
        body: { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' },
      });
    const left = ((await issue()).body as { events: { ticketId: string }[] }).events[0]?.ticketId;
    await yesterday.close();

    const today = await startTestHub({
      clock: () => paris('2026-04-08', 9),
      settings: { dataDir },
    });
    started.push(today);
    const authority = today.hub.context.authority;
    await waitUntil(
      'the day of 2026-04-07 ended',
      () => authority.state.lastDayReport?.day === '2026-04-07',
      [(wake) => authority.subscribe(wake)],
    );
    expect(authority.state.tickets[left ?? '']).toMatchObject({
      state: 'cancelled',
      closeReason: 'day-ended',
    });
    expect(authority.state.lastDayReport?.totals).toMatchObject({ visits: 1, unserved: 1 });
    // The unserved visitor is a visit record too, waiting for the central API.
    expect(today.hub.context.sync.outbox.storedRecord(left ?? '')).toMatchObject({
      outcome: 'unserved',
      calledAt: null,
    });
    expect(today.hub.context.sync.status().backlog).toBe(1);
  });
});
