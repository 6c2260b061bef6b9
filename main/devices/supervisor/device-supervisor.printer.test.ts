import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../shared/devices/status';
import { createTicketPrinter } from '../printer/create-printer';
import { PrintJournal } from '../printer/print-journal';
import { sampleTicket } from '../printer/test-support/sample-content';
import type { TicketPrinter } from '../printer/ticket-printer';
import { startVirtualPrinter, type VirtualPrinter } from '../virtual-printer';
import { DeviceSupervisor } from './device-supervisor';
import { printerDevice } from './printer-device';
import { FakeClock } from './test-support/fake-clock';

// The supervisor with the real network printer adapter talking ESC/POS over TCP to the
// virtual printer, which answers DLE EOT status queries from its simulated conditions.

let vp: VirtualPrinter;
let db: Database.Database;
let printer: TicketPrinter;
let clock: FakeClock;
let supervisor: DeviceSupervisor;

beforeEach(async () => {
  vp = await startVirtualPrinter({ paperWidthMm: 80 });
  db = new Database(':memory:');
  printer = createTicketPrinter(
    {
      link: 'network',
      deviceId: 'kiosk-1-printer',
      paperWidth: 80,
      host: vp.host,
      port: vp.port,
    },
    { journal: new PrintJournal(db) },
  );
  clock = new FakeClock();
  supervisor = new DeviceSupervisor({ clock, pollIntervalMs: 10_000, reopenAfterFailures: 1 });
  supervisor.add(printerDevice(printer));
});

afterEach(async () => {
  await supervisor.stop();
  await vp.close();
  db.close();
});

function nextState(state: DeviceStatus['state']): Promise<DeviceStatus> {
  return new Promise((resolve) => {
    const off = supervisor.subscribe(({ status }) => {
      if (status.state !== state) return;
      off();
      resolve(status);
    });
  });
}

describe('DeviceSupervisor with a real ESC/POS network printer', () => {
  it('reads the printer at start and sees paper run out at the next poll', async () => {
    await supervisor.start();
    expect(supervisor.get('kiosk-1-printer')).toMatchObject({ state: 'ready', readsStatus: true });

    await vp.setCondition({ paperOut: true });
    const paperOut = nextState('paper-out');
    await clock.advance(10_000);
    await paperOut;
  });

  it('hears a status read by a print job without waiting for the poll', async () => {
    await supervisor.start();
    await vp.setCondition({ coverOpen: true });
    const coverOpen = nextState('cover-open');
    const result = await printer.print({ id: 'job-00000001', content: sampleTicket });
    expect(result.ok).toBe(false);
    await coverOpen;
  });

  it('shows an unreachable printer as offline, and ready again without reopening it', async () => {
    await supervisor.start();
    const offline = nextState('offline');
    await vp.setCondition({ offline: true });
    await clock.advance(10_000);
    expect((await offline).detail).toMatch(/127\.0\.0\.1/);

    // Still usable: the supervisor never closes a printer to reopen it (its close is final).
    const ready = nextState('ready');
    await vp.setCondition({ offline: false });
    await clock.advance(10_000);
    await ready;
  });
});
