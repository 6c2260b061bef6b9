import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteConfigSchema } from '../../../shared/engine';
import { queueEngine } from '../core/engine';
import { QueueAuthority } from '../core/queue-authority';
import { migrate } from '../../sqlite';
import { migrations } from '../store/migrations';
import { testSiteConfig } from '../test-support/site-config';
import { startTestHub, type TestHub } from '../test-support/test-hub';

const dataDir = mkdtempSync(join(tmpdir(), 'accueil-backfill-'));
let t: TestHub | undefined;
afterAll(async () => {
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a hub upgraded from before the outbox', () => {
  it('queues the closed visits still in its state, once', async () => {
    // The database as the previous version left it: schema 5, a day of events.
    const old = new Database(join(dataDir, 'hub.db'));
    migrate(old, migrations.slice(0, 5), 'hub');
    const authority = new QueueAuthority(old, queueEngine, Date.now, () => 'token-for-the-test');
    const system = { role: 'system' as const };
    const run = (command: Parameters<QueueAuthority['execute']>[0]['command']) =>
      authority.execute({ command, actor: system }).body as { events: { ticketId: string }[] };
    run({ type: 'config:replace', config: siteConfigSchema.parse(testSiteConfig) });
    const issue = () =>
      run({
        type: 'ticket:issue',
        service: 'iris',
        priority: false,
        channel: 'kiosk',
        language: 'fr',
      }).events[0]?.ticketId ?? '';
    const closed = issue();
    const waiting = issue();
    run({ type: 'ticket:cancel', ticketId: closed });
    old.close();

    const logs: string[] = [];
    t = await startTestHub({ settings: { dataDir }, log: (m) => logs.push(m) });
    const { outbox } = t.hub.context.sync;
    expect(outbox.storedRecord(closed)).toMatchObject({ outcome: 'cancelled' });
    expect(outbox.storedRecord(waiting)).toBeUndefined();
    expect(t.hub.context.sync.status().backlog).toBe(1);
    expect(logs.join('\n')).toMatch(/1 closed visits from before the outbox queued once/);
    await t.close();
    t = await startTestHub({ settings: { dataDir } });
    expect(t.hub.context.sync.status().backlog).toBe(1);
  });
});
