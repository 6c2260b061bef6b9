import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeviceSupervisor, type DeviceStatusEvent } from './device-supervisor';
import { FakeClock } from './test-support/fake-clock';
import { FakeDevice } from './test-support/fake-device';

let clock: FakeClock;
let supervisor: DeviceSupervisor;
let events: DeviceStatusEvent[];

beforeEach(() => {
  clock = new FakeClock();
  supervisor = new DeviceSupervisor({
    clock,
    pollIntervalMs: 10_000,
    callTimeoutMs: 2_000,
    reopenAfterFailures: 2,
    backoff: { baseMs: 1_000, capMs: 8_000 },
  });
  events = [];
  supervisor.subscribe((event) => events.push(event));
});

afterEach(async () => {
  await supervisor.stop();
  expect(clock.pendingTimers).toBe(0);
});

const states = () => events.map((e) => `${e.status.deviceId}:${e.status.state}`);

describe('DeviceSupervisor', () => {
  it('opens every device, reads it, and publishes a snapshot in the order added', async () => {
    const a = new FakeDevice('printer-kiosk-1', clock);
    const b = new FakeDevice('printer-counter-3', clock);
    supervisor.add(a);
    supervisor.add(b);
    expect(supervisor.snapshot().map((s) => s.state)).toEqual(['unknown', 'unknown']);
    await supervisor.start();
    expect(a.opens + b.opens).toBe(2);
    expect(supervisor.snapshot().map((s) => [s.deviceId, s.state])).toEqual([
      ['printer-kiosk-1', 'ready'],
      ['printer-counter-3', 'ready'],
    ]);
    expect(states()).toEqual(['printer-kiosk-1:ready', 'printer-counter-3:ready']);
    expect(events.at(-1)?.snapshot).toHaveLength(2);
  });

  it('polls on schedule and publishes changes, not every read', async () => {
    const printer = new FakeDevice('p', clock);
    supervisor.add(printer);
    await supervisor.start();
    const firstRead = supervisor.get('p')?.lastReadAt;
    await clock.advance(10_000);
    expect(supervisor.get('p')?.lastReadAt).toBeGreaterThan(firstRead ?? Infinity);
    expect(states()).toEqual(['p:ready']);
    printer.state = 'paper-out';
    await clock.advance(10_000);
    expect(states()).toEqual(['p:ready', 'p:paper-out']);
  });

  it('retries a device that will not open, with growing delays, until it does', async () => {
    const printer = new FakeDevice('p', clock);
    printer.refuseOpens = 3;
    supervisor.add(printer);
    await supervisor.start();
    expect(supervisor.get('p')).toMatchObject({ state: 'error' });
    expect(supervisor.get('p')?.detail).toBe('cannot open: connection refused; retrying in 1 s');
    await clock.advance(1_000);
    expect(supervisor.get('p')?.detail).toMatch(/retrying in 2 s$/);
    await clock.advance(1_999);
    expect(printer.opens).toBe(2);
    await clock.advance(1);
    await clock.advance(4_000);
    expect(printer.opens).toBe(4);
    expect(supervisor.get('p')?.state).toBe('ready');
  });

  it('reports failed status reads, then closes and reopens the device', async () => {
    const printer = new FakeDevice('p', clock);
    supervisor.add(printer);
    await supervisor.start();
    printer.failReads = 2;
    await clock.advance(10_000);
    expect(supervisor.get('p')?.detail).toBe(
      'status read failed (1 in a row): no answer to DLE EOT',
    );
    await clock.advance(10_000);
    expect(printer.closes).toBe(1);
    await clock.advance(1_000);
    expect(printer.opens).toBe(2);
    expect(supervisor.get('p')?.state).toBe('ready');
  });

  it('never closes a device that cannot be reopened, only reports it', async () => {
    const printer = new FakeDevice('p', clock);
    printer.reopenable = false;
    supervisor.add(printer);
    await supervisor.start();
    printer.failReads = 3;
    await clock.advance(30_000);
    expect(printer.closes).toBe(0);
    expect(supervisor.get('p')?.detail).toBe(
      'status read failed (3 in a row): no answer to DLE EOT',
    );
    await clock.advance(10_000);
    expect(supervisor.get('p')?.state).toBe('ready');
  });

  it('gives up on a status read that hangs', async () => {
    const printer = new FakeDevice('p', clock);
    supervisor.add(printer);
    await supervisor.start();
    printer.hangReads = true;
    await clock.advance(12_000);
    expect(supervisor.get('p')).toMatchObject({ state: 'error' });
    expect(supervisor.get('p')?.detail).toContain('p: status got no answer within 2 s');
  });

  it('refuses a status that claims to be another device', async () => {
    const printer = new FakeDevice('p', clock);
    printer.reportsAs = 'q';
    supervisor.add(printer);
    await supervisor.start();
    expect(supervisor.get('p')).toMatchObject({ deviceId: 'p', state: 'error' });
    expect(supervisor.get('p')?.detail).toContain("invalid status: one for printer 'q'");
  });

  it('reads a device at once on refresh', async () => {
    const printer = new FakeDevice('p', clock);
    supervisor.add(printer);
    await supervisor.start();
    printer.state = 'cover-open';
    expect((await supervisor.refresh('p')).map((s) => s.state)).toEqual(['cover-open']);
  });

  it('opens a device added while running, and closes one removed', async () => {
    await supervisor.start();
    const printer = new FakeDevice('late', clock);
    supervisor.add(printer);
    expect(() => supervisor.add(printer)).toThrow(/already supervised/);
    await clock.advance(0);
    expect(supervisor.get('late')?.state).toBe('ready');
    await supervisor.remove('late');
    expect(printer.isOpen).toBe(false);
    expect(supervisor.snapshot()).toEqual([]);
  });

  it('closes every device on stop, including one still opening', async () => {
    const open = new FakeDevice('open', clock);
    const slow = new FakeDevice('slow', clock);
    let finishOpening = () => undefined as void;
    slow.open = () => new Promise<void>((resolve) => (finishOpening = resolve));
    supervisor.add(open);
    supervisor.add(slow);
    void supervisor.start();
    await clock.advance(0);
    const stopped = supervisor.stop();
    finishOpening();
    await stopped;
    expect(open.isOpen).toBe(false);
    expect(slow.closes).toBe(1);
  });

  it('keeps publishing when a subscriber throws', async () => {
    const errors: unknown[] = [];
    supervisor = new DeviceSupervisor({ clock, onListenerError: (e) => errors.push(e) });
    supervisor.subscribe(() => {
      throw new Error('a broken subscriber');
    });
    const seen: string[] = [];
    supervisor.subscribe((e) => seen.push(e.status.state));
    supervisor.add(new FakeDevice('p', clock));
    await supervisor.start();
    expect(seen).toEqual(['ready']);
    expect(errors).toHaveLength(1);
  });
});
