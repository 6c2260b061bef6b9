import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../shared/devices/status';
import { SerialScanner } from '../scanner/serial-scanner';
import { SocatPair } from '../scanner/socat-pair';
import { DeviceSupervisor } from './device-supervisor';
import { scannerDevice } from './scanner-device';
import { FakeClock } from './test-support/fake-clock';
import { FakeDevice } from './test-support/fake-device';

// The supervisor with a real scanner on a socat pseudo-terminal: the scanner's own
// reconnection runs on real time (short delays); the supervisor's polls on a FakeClock.

let dir: string;
const pairs: SocatPair[] = [];
let supervisor: DeviceSupervisor;
let clock: FakeClock;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accueil-supervisor-'));
  clock = new FakeClock();
  supervisor = new DeviceSupervisor({ clock, pollIntervalMs: 10_000 });
});

afterEach(async () => {
  await supervisor.stop();
  await Promise.all(pairs.splice(0).map((p) => p.stop()));
  await rm(dir, { recursive: true, force: true });
});

async function plugIn() {
  const pair = await SocatPair.start({ dir });
  pairs.push(pair);
  return pair;
}

function nextStatus(id: string, state: DeviceStatus['state']): Promise<DeviceStatus[]> {
  return new Promise((resolve) => {
    const off = supervisor.subscribe(({ status, snapshot }) => {
      if (status.deviceId !== id || status.state !== state) return;
      off();
      resolve(snapshot);
    });
  });
}

describe('DeviceSupervisor with a real serial scanner', () => {
  it('publishes the scanner going away and coming back, beside a printer', async () => {
    const first = await plugIn();
    const scanner = new SerialScanner(
      { id: 'kiosk-1-scanner', device: { path: first.devicePath } },
      { reconnect: { baseMs: 20, capMs: 200 } },
    );
    supervisor.add(scannerDevice(scanner));
    supervisor.add(new FakeDevice('kiosk-1-printer', clock));
    await supervisor.start();
    expect(supervisor.snapshot().map((s) => [s.kind, s.state])).toEqual([
      ['scanner', 'ready'],
      ['printer', 'ready'],
    ]);

    const lost = nextStatus('kiosk-1-scanner', 'disconnected');
    await first.stop();
    const whileLost = await lost;
    expect(whileLost.map((s) => s.state)).toEqual(['disconnected', 'ready']);
    expect(whileLost[0]?.detail).toMatch(/^lost /);

    const back = nextStatus('kiosk-1-scanner', 'ready');
    await plugIn();
    await back;

    await supervisor.stop();
    expect(scanner.status().detail).toBe('closed by the application');
  });

  it('shows a scanner that is not plugged in as disconnected, without retrying it twice', async () => {
    const scanner = new SerialScanner(
      { id: 'kiosk-1-scanner', device: { path: join(dir, 'absent') } },
      { clock },
    );
    supervisor.add(scannerDevice(scanner));
    await supervisor.start();
    expect(supervisor.get('kiosk-1-scanner')).toMatchObject({ state: 'disconnected' });
    // One timer is the scanner's own retry, one the supervisor's next poll: the supervisor
    // does not add a reopen loop for a device that reconnects by itself.
    expect(clock.pendingTimers).toBe(2);
  });
});
