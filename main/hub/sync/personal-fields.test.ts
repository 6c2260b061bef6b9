import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/engine';
import { startCentralSandbox, type CentralSandbox } from '../../central-sandbox/sandbox';
import { runHousekeeping } from '../housekeeping';
import { morningAt } from '../test-support/morning-clock';
import { startSyncedHub, waitForSync } from '../test-support/synced-hub';
import type { TestHub } from '../test-support/test-hub';

// A site configured to send the visitor's name: it travels with the visit, and the copy
// kept in the outbox loses it when the retention rule says so.

// A fixed morning: an appointment five minutes ahead stays on the same day whatever the
// hour the tests run at.
let now = morningAt();
let sandbox: CentralSandbox;
let t: TestHub;
beforeAll(async () => {
  sandbox = await startCentralSandbox({ faults: { down: true } });
  t = await startSyncedHub(
    sandbox,
    { personalFields: ['visitorName'] },
    { clock: () => now, settings: { retentionDays: 2 } },
  );
});
afterAll(async () => {
  await t.close();
  await sandbox.close();
});

const name = 'Jeanne Martin-Dupont';

describe('personal fields sent only where configured', () => {
  it('sends the name with the visit and purges the kept copy under the retention rule', async () => {
    const start = now + 5 * 60_000;
    const manager = await t.agent('ag4', 'manager');
    const load = await t.api('POST', '/api/v1/appointments/load', {
      token: manager,
      body: {
        date: localDate(start, 'Europe/Paris'),
        appointments: [
          { id: 'apt-9', service: 'cni', start, bookingCode: 'RDV-0009', visitor: { name } },
        ],
      },
    });
    expect(load.status).toBe(200);
    const kiosk = await t.device('kiosk');
    const checkIn = await t.api('POST', '/api/v1/appointment/check-in', {
      token: kiosk,
      body: { reference: 'RDV-0009' },
    });
    expect(checkIn.status).toBe(200);
    const ticketId = (checkIn.body as { events: { type: string; ticketId: string }[] }).events.find(
      (e) => e.type === 'ticket:issued',
    )?.ticketId;
    const authority = t.hub.context.authority;
    const system = { role: 'system' as const };
    for (const command of [
      { type: 'counter:open', counterId: 'g2', agentId: 'ag2', services: [] },
      { type: 'counter:call-next', counterId: 'g2' },
      { type: 'ticket:start', ticketId },
      { type: 'ticket:finish', ticketId, outcome: 'answered' },
    ] as const)
      expect(authority.execute({ command: command as never, actor: system }).status).toBe(200);

    const outbox = t.hub.context.sync.outbox;
    expect(outbox.storedRecord(ticketId ?? '')).toMatchObject({
      appointmentRef: 'apt-9',
      personal: { visitorName: name },
    });
    await sandbox.setFaults({ down: false });
    t.hub.context.sync.runNow();
    await waitForSync(t, sandbox, 'the visit sent', () => sandbox.visitCount() === 1);
    const kept = outbox.storedRecord(ticketId ?? '') as { id: string };
    expect(sandbox.visit(kept.id)?.personal).toEqual({ visitorName: name });

    // Four days later (retention 2 days after the appointment day): no name here any more.
    now += 4 * 24 * 3_600_000;
    const removed = runHousekeeping(t.hub.context);
    expect(removed).toMatchObject({ personalData: 1, visitPersonalData: 1 });
    expect(outbox.storedRecord(ticketId ?? '')).not.toHaveProperty('personal');
    expect(JSON.stringify(outbox.storedRecord(ticketId ?? ''))).not.toContain(name);
  });
});
