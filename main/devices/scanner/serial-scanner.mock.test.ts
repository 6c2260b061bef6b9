import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScannerStatus } from '../../../shared/devices/status';
import { FakeClock } from '../supervisor/test-support/fake-clock';
import { SerialScanner } from './serial-scanner';
import type { SerialScannerConfigInput } from './scanner-config';
import { MockSerialBackend, mockBinding } from './test-support/mock-serial-backend';
import { nextEvent, record } from './test-support/wait-for-event';

// Discovery by USB vendor/product id, with serialport's mock binding: it lists ports with
// ids, which pseudo-terminals cannot. Time is a FakeClock, so backoffs cost nothing.

let backend: MockSerialBackend;
let clock: FakeClock;
let scanner: SerialScanner | undefined;

beforeEach(() => {
  mockBinding.reset();
  backend = new MockSerialBackend();
  clock = new FakeClock();
});

afterEach(async () => {
  await scanner?.close();
  scanner = undefined;
  mockBinding.reset();
});

function makeScanner(device: SerialScannerConfigInput['device']) {
  scanner = new SerialScanner(
    { id: 'kiosk-1-scanner', device },
    { backend, clock, reconnect: { baseMs: 100, capMs: 1_000 } },
  );
  return scanner;
}

const usb = { vendorId: '05e0', productId: '1200' };
const isState = (state: ScannerStatus['state']) => (s: ScannerStatus) => s.state === state;

describe('SerialScanner with the mock binding', () => {
  it('picks the port with the vendor and product id among others', async () => {
    mockBinding.createPort('/dev/ttyS0');
    mockBinding.createPort('/dev/ttyUSB0', { vendorId: '0403', productId: '6001' });
    mockBinding.createPort('/dev/ttyACM0', usb);
    const s = makeScanner({ vendorId: '0x05E0', productId: '1200' });
    await s.open();
    expect(s.status()).toMatchObject({ state: 'ready', readsStatus: true });
    expect(s.status().detail).toContain('/dev/ttyACM0');
    const scan = nextEvent(s, 'scan');
    backend.emit('K7M-2QX\r');
    expect((await scan).payload).toEqual({ kind: 'booking-code', code: 'K7M2QX' });
  });

  it('tells two identical scanners apart by serial number', async () => {
    mockBinding.createPort('/dev/ttyACM0', usb); // serial number "1"
    mockBinding.createPort('/dev/ttyACM1', usb); // serial number "2"
    const s = makeScanner({ ...usb, serialNumber: '2' });
    await s.open();
    expect(s.status().detail).toContain('/dev/ttyACM1');
  });

  it('finds the scanner again under another path after an unplug, backing off meanwhile', async () => {
    mockBinding.createPort('/dev/ttyACM0', usb);
    const s = makeScanner(usb);
    const statuses = record(s, 'status');
    await s.open();

    backend.unplug();
    await nextEvent(s, 'status', isState('disconnected'));
    await clock.advance(100);
    await clock.advance(200);
    await clock.advance(400);
    const waits = statuses.map((st) => /retrying in (\S+ \S+)/.exec(st.detail ?? '')?.[1]);
    expect(waits.filter(Boolean)).toEqual(['100 ms', '200 ms', '400 ms', '800 ms']);
    expect(statuses.at(-1)?.detail).toMatch(/no serial port with USB 05e0:1200/);

    mockBinding.createPort('/dev/ttyACM1', usb);
    const back = nextEvent(s, 'status', isState('ready'));
    await clock.advance(800);
    expect((await back).detail).toContain('/dev/ttyACM1');
    const scan = nextEvent(s, 'scan');
    backend.emit('AB12CD34EF\r');
    expect((await scan).payload.kind).toBe('ants-pre-demande');
  });

  it('drops a partial line when the port is lost', async () => {
    mockBinding.createPort('/dev/ttyACM0', usb);
    const s = makeScanner(usb);
    await s.open();
    // The complete line's scan proves the chunk, and the partial line after it, arrived.
    const scanned = nextEvent(s, 'scan');
    backend.emit('K7M2QX\rACCUEIL:RDV:');
    await scanned;
    const rejected = nextEvent(s, 'rejected');
    backend.unplug();
    expect(await rejected).toMatchObject({ reason: 'partial-line', byteLength: 12 });
  });

  it('reports a listing failure as an error and keeps trying', async () => {
    const failing = Object.assign(backend, {
      list: () => Promise.reject(new Error('udev is not running')),
    });
    scanner = new SerialScanner({ id: 'k', device: usb }, { backend: failing, clock });
    await scanner.open();
    expect(scanner.status()).toMatchObject({ state: 'error' });
    expect(scanner.status().detail).toMatch(
      /cannot list serial ports: udev is not running; retrying/,
    );
    expect(clock.pendingTimers).toBe(1);
  });

  it('refuses a bad configuration with a clear error', () => {
    expect(() => makeScanner({ vendorId: 'zz', productId: '1200' })).toThrow(
      /4 hexadecimal digits/,
    );
    expect(
      () => new SerialScanner({ id: 'k', device: { path: '/dev/x' }, terminator: 'NUL' as 'CR' }),
    ).toThrow(/terminator/);
  });
});
