import type { ScannerState, ScannerStatus } from '../../../shared/devices/status';
import { parseScanPayload, type ScanParseOptions } from '../../../shared/scan/parse-scan';
import type { ScanRejectReason } from '../../../shared/scan/payload';
import { Backoff, type BackoffPolicy } from '../../../shared/retry/backoff';
import { formatDelay } from '../supervisor/format-delay';
import { systemClock, type Clock } from '../supervisor/clock';
import { Listeners } from '../supervisor/listeners';
import { LineFramer } from './line-framer';
import { messageOf } from '../supervisor/message-of';
import { describeSelector, locatePort } from './port-locator';
import type { Scanner, ScannerEvents } from './scanner';
import {
  serialScannerConfigSchema,
  type SerialScannerConfig,
  type SerialScannerConfigInput,
} from './scanner-config';
import { systemSerialBackend, type SerialBackend, type SerialStream } from './serial-backend';

export interface SerialScannerDeps {
  backend?: SerialBackend;
  clock?: Clock;
  reconnect?: Partial<BackoffPolicy>;
  parse?: ScanParseOptions;
  /** Where an exception thrown by a scan/status listener goes (default: console.error). */
  onListenerError?: (error: unknown, event: string) => void;
}

// Open failures, from serialport's messages, mapped to a state and to what to do about it.
const openFailures: Array<[RegExp, ScannerState, string]> = [
  [/no such file|ENOENT/i, 'disconnected', 'is not present'],
  [
    /permission denied|EACCES/i,
    'error',
    "is not accessible: add the app's user to the 'dialout' group",
  ],
  [/lock|busy/i, 'error', 'is held by another program: close it (a terminal, ModemManager)'],
  [/inappropriate ioctl|ENOTTY/i, 'error', 'is not a serial port'],
];

/**
 * A Scanner on a serial port (RS-232 or USB-CDC). Reads lines, whitelists them through
 * parseScanPayload, and keeps the port: when the device goes away it publishes
 * `disconnected` and tries again with growing delays until it is back, without the app
 * restarting. Port errors are reported in the status, never thrown.
 */
export class SerialScanner implements Scanner {
  readonly id: string;
  readonly config: SerialScannerConfig;
  private readonly backend: SerialBackend;
  private readonly clock: Clock;
  private readonly backoff: Backoff;
  private readonly parse: ScanParseOptions;
  private readonly listeners: Listeners<ScannerEvents>;
  private readonly framer: LineFramer;
  private current: ScannerStatus;
  private wanted = false;
  // Bumped by each connection attempt and by close(): callbacks of an older port see a
  // different number and do nothing.
  private generation = 0;
  private stream: SerialStream | null = null;
  private attempt: Promise<void> | null = null;
  private cancelRetry: (() => void) | null = null;
  private cancelPartial: (() => void) | null = null;
  private lastReadAt: number | null = null;

  constructor(config: SerialScannerConfigInput, deps: SerialScannerDeps = {}) {
    this.config = serialScannerConfigSchema.parse(config);
    this.id = this.config.id;
    this.backend = deps.backend ?? systemSerialBackend;
    this.clock = deps.clock ?? systemClock;
    this.backoff = new Backoff({ baseMs: 250, capMs: 5_000, jitter: 'none', ...deps.reconnect });
    this.parse = deps.parse ?? {};
    this.listeners = new Listeners<ScannerEvents>(
      deps.onListenerError && ((error, event) => deps.onListenerError?.(error, String(event))),
    );
    this.framer = new LineFramer(this.config.terminator, this.config.maxLineBytes);
    this.current = this.makeStatus('unknown', 'not opened yet');
  }

  on<E extends keyof ScannerEvents>(event: E, listener: (...args: ScannerEvents[E]) => void) {
    return this.listeners.on(event, listener);
  }

  status(): ScannerStatus {
    return { ...this.current, lastReadAt: this.lastReadAt };
  }

  async open(): Promise<void> {
    if (this.wanted) return;
    this.wanted = true;
    this.backoff.reset();
    await this.connect();
  }

  async close(): Promise<void> {
    this.wanted = false;
    this.generation++;
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.cancelPartial?.();
    this.framer.takePartial();
    await this.attempt;
    const stream = this.stream;
    this.stream = null;
    await closeQuietly(stream);
    // open() may have been called again while this close waited.
    if (!this.wanted) this.publish('disconnected', 'closed by the application');
  }

  private connect(): Promise<void> {
    const generation = ++this.generation;
    this.cancelRetry = null;
    const attempt = this.tryOpen(generation).catch((error: unknown) => {
      if (generation === this.generation) this.retry('error', messageOf(error));
    });
    this.attempt = attempt;
    return attempt;
  }

  private async tryOpen(generation: number): Promise<void> {
    const where = describeSelector(this.config.device);
    const located = await locatePort(this.config.device, this.backend);
    if (generation !== this.generation) return;
    if (!located.ok) return this.retry(located.state, located.detail);

    const stream = this.backend.create({ path: located.path, baudRate: this.config.baudRate });
    const current = () => generation === this.generation && this.stream === stream;
    stream.on('data', (chunk) => {
      if (current()) this.onData(chunk);
    });
    stream.on('close', (error) => {
      if (current()) this.onLost(located.device, error);
    });
    // serialport emits 'error' for failures outside a callback; a lost device also
    // closes the port, which is what triggers the reconnection.
    stream.on('error', () => undefined);
    const error = await new Promise<Error | null>((resolve) => stream.open(resolve));
    if (generation !== this.generation) {
      if (!error) await closeQuietly(stream);
      return;
    }
    if (error) return this.retry(...describeOpenFailure(where, error));

    this.stream = stream;
    this.backoff.reset();
    this.framer.takePartial();
    const via = located.device === where ? '' : ` (${located.device})`;
    this.publish(
      'ready',
      `reading ${where}${via} at ${this.config.baudRate} baud, lines ending in ${this.config.terminator}`,
    );
  }

  private retry(state: ScannerState, detail: string): void {
    if (!this.wanted) return;
    const delay = this.backoff.next();
    this.publish(state, `${detail}; retrying in ${formatDelay(delay)}`);
    this.cancelRetry = this.clock.after(delay, () => void this.connect());
  }

  private onLost(device: string, error: Error | null | undefined): void {
    this.stream = null;
    this.dropPartial();
    this.retry('disconnected', `lost ${device}${error ? ` (${error.message})` : ''}`);
  }

  private onData(chunk: Uint8Array): void {
    this.lastReadAt = this.clock.now();
    for (const event of this.framer.push(chunk)) {
      if (event.type === 'overflow')
        this.reject(
          'too-long',
          `a line longer than ${event.limit} bytes arrived; it was dropped up to its end`,
          event.limit,
        );
      else this.onLine(event.bytes);
    }
    this.cancelPartial?.();
    this.cancelPartial = this.framer.hasPartial
      ? this.clock.after(this.config.partialLineTimeoutMs, () => this.dropPartial())
      : null;
  }

  private onLine(bytes: Uint8Array): void {
    const result = parseScanPayload(bytes, this.parse);
    if (result.ok) this.listeners.emit('scan', { payload: result.payload, at: this.clock.now() });
    else this.reject(result.reason, result.message + this.terminatorHint(bytes), bytes.length);
  }

  private dropPartial(): void {
    this.cancelPartial?.();
    this.cancelPartial = null;
    const buffered = this.framer.takePartial();
    if (buffered)
      this.reject(
        'partial-line',
        `${buffered} bytes never ended with ${this.config.terminator} within ` +
          `${this.config.partialLineTimeoutMs} ms and were dropped; check the scanner's suffix`,
        buffered,
      );
  }

  // The usual misconfiguration: a scanner ending lines in CR LF read with CR leaves each
  // next line starting with LF.
  private terminatorHint(bytes: Uint8Array): string {
    return this.config.terminator === 'CR' && bytes[0] === 0x0a
      ? '; a line starting with a line feed means the scanner sends CR LF: set the terminator to CRLF'
      : '';
  }

  private reject(reason: ScanRejectReason, message: string, byteLength: number): void {
    this.listeners.emit('rejected', { reason, message, byteLength, at: this.clock.now() });
  }

  private makeStatus(state: ScannerState, detail: string): ScannerStatus {
    return {
      deviceId: this.id,
      kind: 'scanner',
      state,
      detail: detail.slice(0, 500),
      readsStatus: true,
      lastReadAt: this.lastReadAt,
    };
  }

  private publish(state: ScannerState, detail: string): void {
    const next = this.makeStatus(state, detail);
    if (next.state === this.current.state && next.detail === this.current.detail) return;
    this.current = next;
    this.listeners.emit('status', this.status());
  }
}

function describeOpenFailure(where: string, error: Error): [ScannerState, string] {
  const found = openFailures.find(([pattern]) => pattern.test(error.message));
  if (!found) return ['error', `cannot open ${where}: ${error.message}`];
  return [found[1], `${where} ${found[2]} (${error.message})`];
}

function closeQuietly(stream: SerialStream | null): Promise<void> {
  if (!stream?.isOpen) return Promise.resolve();
  return new Promise((resolve) => stream.close(() => resolve()));
}
