import { deviceStatusSchema, type DeviceStatus } from '../../../shared/devices/status';
import { Backoff, type BackoffPolicy } from '../../../shared/retry/backoff';
import { formatDelay } from './format-delay';
import { systemClock, type Clock } from './clock';
import { Listeners } from './listeners';
import type { ManagedDevice } from './managed-device';
import { messageOf } from './message-of';

export interface DeviceSupervisorOptions {
  clock?: Clock;
  /** Time between two status reads of a device that is open. */
  pollIntervalMs?: number;
  /** An open, close or status read that takes longer counts as failed. */
  callTimeoutMs?: number;
  /** After this many failed status reads in a row, the device is closed and reopened. */
  reopenAfterFailures?: number;
  /** Delays between attempts to open a device that failed to open. */
  backoff?: Partial<BackoffPolicy>;
  onListenerError?: (error: unknown) => void;
}

export interface DeviceStatusEvent {
  /** The status that changed. */
  status: DeviceStatus;
  /** Every device's current status, in the order they were added. */
  snapshot: DeviceStatus[];
}

type Phase = 'idle' | 'opening' | 'open' | 'waiting' | 'stopped';

interface Entry {
  device: ManagedDevice;
  status: DeviceStatus;
  phase: Phase;
  backoff: Backoff;
  failures: number;
  // Bumped when the device is stopped or removed: work started before sees it and quits.
  epoch: number;
  cancelTimer: (() => void) | null;
  unwatch: (() => void) | null;
  inFlight: Promise<void> | null;
  polling: Promise<void> | null;
}

/**
 * Owns the lifecycle of every device of a machine: opens them, reads their status on a
 * schedule, reopens with a backoff those that fail, closes them on shutdown, and publishes
 * each change of status (the hub relays them to managers and IT). A device's own errors
 * never escape: they become its status.
 */
export class DeviceSupervisor {
  private readonly clock: Clock;
  private readonly pollIntervalMs: number;
  private readonly callTimeoutMs: number;
  private readonly reopenAfterFailures: number;
  private readonly backoffOptions: BackoffPolicy;
  private readonly entries = new Map<string, Entry>();
  private readonly listeners: Listeners<{ status: [DeviceStatusEvent] }>;
  private running = false;

  constructor(options: DeviceSupervisorOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.pollIntervalMs = options.pollIntervalMs ?? 15_000;
    this.callTimeoutMs = options.callTimeoutMs ?? 5_000;
    this.reopenAfterFailures = Math.max(1, options.reopenAfterFailures ?? 3);
    this.backoffOptions = { baseMs: 1_000, capMs: 30_000, jitter: 'none', ...options.backoff };
    this.listeners = new Listeners(options.onListenerError);
  }

  /** Adds a device; it is opened at once if the supervisor is running. */
  add(device: ManagedDevice): void {
    if (this.entries.has(device.id))
      throw new Error(`a device with id '${device.id}' is already supervised`);
    const entry: Entry = {
      device,
      status: placeholder(device, 'not opened yet'),
      phase: 'idle',
      backoff: new Backoff(this.backoffOptions),
      failures: 0,
      epoch: 0,
      cancelTimer: null,
      unwatch: null,
      inFlight: null,
      polling: null,
    };
    this.entries.set(device.id, entry);
    if (this.running) void this.launch(entry);
  }

  /** Closes a device and stops supervising it. */
  async remove(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    await this.shutDown(entry);
  }

  /** Opens every device; resolves once each has been tried and, if open, read once. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await Promise.all([...this.entries.values()].map((entry) => this.launch(entry)));
  }

  /** Closes every device and cancels every timer. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all([...this.entries.values()].map((entry) => this.shutDown(entry)));
  }

  snapshot(): DeviceStatus[] {
    return [...this.entries.values()].map((entry) => entry.status);
  }

  get(id: string): DeviceStatus | undefined {
    return this.entries.get(id)?.status;
  }

  /** Called on each change of a device's state or detail; returns the unsubscriber. */
  subscribe(listener: (event: DeviceStatusEvent) => void): () => void {
    return this.listeners.on('status', listener);
  }

  /** Reads the status of one device (or all) now, without waiting for the schedule. */
  async refresh(id?: string): Promise<DeviceStatus[]> {
    const targets = [...this.entries.values()].filter(
      (e) => id === undefined || e.device.id === id,
    );
    await Promise.all(targets.filter((e) => e.phase === 'open').map((e) => this.poll(e)));
    return targets.map((e) => e.status);
  }

  private launch(entry: Entry): Promise<void> {
    const run = this.openDevice(entry, entry.epoch).finally(() => {
      if (entry.inFlight === run) entry.inFlight = null;
    });
    entry.inFlight = run;
    return run;
  }

  private async openDevice(entry: Entry, epoch: number): Promise<void> {
    const { device } = entry;
    entry.phase = 'opening';
    entry.cancelTimer = null;
    try {
      await this.withTimeout(device.open(), `${device.id}: opening`);
    } catch (error) {
      if (epoch !== entry.epoch) return;
      const delay = entry.backoff.next();
      entry.phase = 'waiting';
      this.update(
        entry,
        failed(entry, `cannot open: ${messageOf(error)}; retrying in ${formatDelay(delay)}`),
      );
      entry.cancelTimer = this.clock.after(delay, () => void this.launch(entry));
      return;
    }
    if (epoch !== entry.epoch) {
      await this.closeQuietly(device);
      return;
    }
    entry.phase = 'open';
    entry.backoff.reset();
    entry.failures = 0;
    entry.unwatch = device.watch?.((status) => this.accept(entry, status)) ?? null;
    await this.poll(entry);
  }

  private poll(entry: Entry): Promise<void> {
    entry.polling ??= this.readStatus(entry, entry.epoch).finally(() => {
      entry.polling = null;
    });
    return entry.polling;
  }

  private async readStatus(entry: Entry, epoch: number): Promise<void> {
    entry.cancelTimer?.();
    entry.cancelTimer = null;
    try {
      const status = await this.withTimeout(
        entry.device.readStatus(),
        `${entry.device.id}: status`,
      );
      if (epoch !== entry.epoch) return;
      entry.failures = 0;
      this.accept(entry, status);
    } catch (error) {
      if (epoch !== entry.epoch) return;
      entry.failures++;
      this.update(
        entry,
        failed(entry, `status read failed (${entry.failures} in a row): ${messageOf(error)}`),
      );
      if (entry.failures >= this.reopenAfterFailures && entry.device.reopenable !== false)
        return this.reopen(entry);
    }
    if (entry.phase === 'open')
      entry.cancelTimer = this.clock.after(this.pollIntervalMs, () => void this.poll(entry));
  }

  // A device whose status cannot be read any more is closed and opened again.
  private async reopen(entry: Entry): Promise<void> {
    const epoch = entry.epoch;
    entry.phase = 'waiting';
    entry.unwatch?.();
    entry.unwatch = null;
    await this.closeQuietly(entry.device);
    if (epoch !== entry.epoch) return;
    const delay = entry.backoff.next();
    entry.cancelTimer = this.clock.after(delay, () => void this.launch(entry));
  }

  private async shutDown(entry: Entry): Promise<void> {
    entry.epoch++;
    entry.cancelTimer?.();
    entry.cancelTimer = null;
    entry.unwatch?.();
    entry.unwatch = null;
    const wasOpen = entry.phase === 'open';
    entry.phase = 'stopped';
    await entry.inFlight; // an open under way closes its device itself, seeing the epoch
    if (wasOpen) await this.closeQuietly(entry.device);
  }

  private async closeQuietly(device: ManagedDevice): Promise<void> {
    try {
      await this.withTimeout(device.close(), `${device.id}: closing`);
    } catch {
      // Closing is best effort: the device is being given up either way.
    }
  }

  // Checks what an adapter reports before anyone sees it.
  private accept(entry: Entry, reported: unknown): void {
    const parsed = deviceStatusSchema.safeParse(reported);
    const { id, kind } = entry.device;
    if (!parsed.success || parsed.data.deviceId !== id || parsed.data.kind !== kind) {
      const why = parsed.success
        ? `one for ${parsed.data.kind} '${parsed.data.deviceId}'`
        : parsed.error.message;
      this.update(
        entry,
        failed(entry, `the adapter reported an invalid status: ${why}`.slice(0, 500)),
      );
      return;
    }
    this.update(entry, parsed.data);
  }

  private update(entry: Entry, status: DeviceStatus): void {
    const before = entry.status;
    entry.status = status;
    const changed =
      before.state !== status.state ||
      before.detail !== status.detail ||
      before.readsStatus !== status.readsStatus;
    if (changed && this.entries.get(entry.device.id) === entry && entry.phase !== 'stopped')
      this.listeners.emit('status', { status, snapshot: this.snapshot() });
  }

  private withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const cancel = this.clock.after(this.callTimeoutMs, () =>
        reject(new Error(`${what} got no answer within ${formatDelay(this.callTimeoutMs)}`)),
      );
      promise.then(
        (value) => {
          cancel();
          resolve(value);
        },
        (error: unknown) => {
          cancel();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}

function placeholder(device: ManagedDevice, detail: string): DeviceStatus {
  const common = {
    deviceId: device.id,
    state: 'unknown',
    detail,
    readsStatus: false,
    lastReadAt: null,
  } as const;
  return device.kind === 'printer'
    ? { ...common, kind: 'printer' }
    : { ...common, kind: 'scanner' };
}

function failed(entry: Entry, detail: string): DeviceStatus {
  return { ...entry.status, state: 'error', detail: detail.slice(0, 500) };
}
