import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../shared/devices/status';
import { createTicketPrinter } from '../printer/create-printer';
import { PrintJournal } from '../printer/print-journal';
import { startEscPosPeer, type EscPosPeer } from '../printer/test-support/escpos-peer';
import { sampleTicket } from '../printer/test-support/sample-content';
import type { TicketPrinter } from '../printer/ticket-printer';
import { DeviceSupervisor } from './device-supervisor';
import { printerDevice } from './printer-device';
import { FakeClock } from './test-support/fake-clock';

// The supervisor with a real network printer adapter talking ESC/POS over TCP to a peer
// that answers DLE EOT status queries like a receipt printer.

let peer: EscPosPeer;
let db: Database.Database;
let printer: TicketPrinter;
let clock: FakeClock;
let supervisor: DeviceSupervisor;

beforeEach(async () => {
  peer = await startEscPosPeer();
  db = new Database(':memory:');
  printer = createTicketPrinter(
    {
      link: 'network',
      deviceId: 'kiosk-1-printer',
      paperWidth: 80,
      host: '127.0.0.1',
      port: peer.port,
    },
    { journal: new PrintJournal(db) },
  );
  clock = new FakeClock();
  supervisor = new DeviceSupervisor({ clock, pollIntervalMs: 10_000, reopenAfterFailures: 1 });
  supervisor.add(printerDevice(printer));
});

afterEach(async () => {
  await supervisor.stop();
  await peer.close();
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

    peer.setCondition('paper-out');
    const paperOut = nextState('paper-out');
    await clock.advance(10_000);
    await paperOut;
  });

  it('hears a status read by a print job without waiting for the poll', async () => {
    await supervisor.start();
    peer.setCondition('cover-open');
    const coverOpen = nextState('cover-open');
    const result = await printer.print({ id: 'job-00000001', content: sampleTicket });
    expect(result.ok).toBe(false);
    await coverOpen;
  });

  it('shows an unreachable printer as offline', async () => {
    await supervisor.start();
    await peer.close();
    const offline = nextState('offline');
    await clock.advance(10_000);
    expect((await offline).detail).toMatch(/127\.0\.0\.1/);
  });
});
