import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScannerStatus } from '../../../shared/devices/status';
import { systemSerialBackend, type SerialBackend } from './serial-backend';
import { SerialScanner } from './serial-scanner';
import { SocatPair } from './socat-pair';
import { FakeClock } from '../supervisor/test-support/fake-clock';
import { nextEvent, record } from './test-support/wait-for-event';

// Unplug and replug with real pseudo-terminals: stopping socat removes the device the way
// pulling a USB cable does; a new socat pair brings it back.

let dir: string;
const pairs: SocatPair[] = [];
let scanner: SerialScanner | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accueil-scan-'));
});

afterEach(async () => {
  await scanner?.close();
  scanner = undefined;
  await Promise.all(pairs.splice(0).map((p) => p.stop()));
  await rm(dir, { recursive: true, force: true });
});

async function plugIn(deviceName = 'scanner', hostName = 'host') {
  const pair = await SocatPair.start({ dir, deviceName, hostName });
  pairs.push(pair);
  return pair;
}

function makeScanner(device: { path: string }, backend?: SerialBackend) {
  scanner = new SerialScanner(
    { id: 'kiosk-1-scanner', device },
    { reconnect: { baseMs: 20, capMs: 200 }, ...(backend && { backend }) },
  );
  return scanner;
}

const isState = (state: ScannerStatus['state']) => (s: ScannerStatus) => s.state === state;

describe('SerialScanner reconnection over socat', () => {
  it('reports the unplug, finds the device again when it is back, and reads from it', async () => {
    const first = await plugIn();
    const s = makeScanner({ path: first.devicePath });
    const states = record(s, 'status');
    await s.open();
    expect(s.status().state).toBe('ready');
    expect(s.status().detail).toContain(first.ptys[0]);

    const lost = nextEvent(s, 'status', isState('disconnected'));
    await first.stop();
    expect((await lost).detail).toMatch(/^lost .*; retrying in/);

    const back = nextEvent(s, 'status', isState('ready'));
    const second = await plugIn();
    await back;
    const scan = nextEvent(s, 'scan');
    await second.write('K7M2QX\r');
    expect((await scan).payload).toEqual({ kind: 'booking-code', code: 'K7M2QX' });

    const seen = states.map((e) => e.state).filter((st, i, all) => st !== all[i - 1]);
    expect(seen).toEqual(['ready', 'disconnected', 'ready']);
  });

  it('opens without the device, says it is missing, and starts reading once it appears', async () => {
    const s = makeScanner({ path: join(dir, 'scanner') });
    await s.open(); // does not reject
    expect(s.status()).toMatchObject({ state: 'disconnected', kind: 'scanner' });
    expect(s.status().detail).toMatch(/scanner is not present; retrying in/);
    const ready = nextEvent(s, 'status', isState('ready'));
    await plugIn();
    await ready;
  });

  it('finds a USB scanner again under another name after a replug', async () => {
    // Pseudo-terminals have no USB ids, so only the listing is stood in for: it shows each
    // running pair as a port with the scanner's ids, as the OS lists a USB-CDC scanner.
    const backend: SerialBackend = {
      ...systemSerialBackend,
      list: async () =>
        pairs
          .filter((p) => p.running)
          .map((p) => ({ path: p.devicePath, vendorId: '05e0', productId: '1200' })),
    };
    const first = await plugIn('ttyACM0', 'host0');
    scanner = new SerialScanner(
      { id: 'kiosk-1-scanner', device: { vendorId: '0x05E0', productId: '1200' } },
      { backend, reconnect: { baseMs: 20, capMs: 200 } },
    );
    const s = scanner;
    await s.open();
    expect(s.status().detail).toContain('ttyACM0');

    const lost = nextEvent(s, 'status', isState('disconnected'));
    await first.stop();
    await lost;
    const back = nextEvent(s, 'status', isState('ready'));
    const second = await plugIn('ttyACM1', 'host1');
    expect((await back).detail).toContain(basename(second.devicePath));
    const scan = nextEvent(s, 'scan');
    await second.write('AB12CD34EF\r');
    expect((await scan).payload.kind).toBe('ants-pre-demande');
  });

  it('reports a port held by another program as an error, and takes it when freed', async () => {
    const pair = await plugIn();
    const holder = new SerialPort({ path: pair.devicePath, baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => holder.open((e) => (e ? reject(e) : resolve())));
    const s = makeScanner({ path: pair.devicePath });
    await s.open();
    expect(s.status().state).toBe('error');
    expect(s.status().detail).toContain('held by another program');
    const ready = nextEvent(s, 'status', isState('ready'));
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    await ready;
  });

  it('reports a path that is not a serial port as an error', async () => {
    const path = join(dir, 'not-a-port');
    await writeFile(path, 'plain file');
    const s = makeScanner({ path });
    await s.open();
    expect(s.status().state).toBe('error');
    expect(s.status().detail).toContain('is not a serial port');
  });

  it('stops retrying once closed', async () => {
    const clock = new FakeClock();
    scanner = new SerialScanner(
      { id: 'kiosk-1-scanner', device: { path: join(dir, 'never') } },
      { clock },
    );
    await scanner.open();
    expect(clock.pendingTimers).toBe(1);
    await scanner.close();
    expect(clock.pendingTimers).toBe(0);
    expect(scanner.status()).toMatchObject({
      state: 'disconnected',
      detail: 'closed by the application',
    });
  });
});
