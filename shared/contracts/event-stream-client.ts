import { Backoff } from '../retry/backoff';
import {
  closeCodes,
  heartbeatIntervalMs,
  serverMessageSchema,
  type ServerMessage,
} from './ws-messages';

/** The part of a WebSocket the client needs: the browser's and the `ws` package's both fit. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type StreamStatus =
  /** Opening the first connection. */
  | 'connecting'
  /** Connected and up to date. */
  | 'live'
  /** Lost the hub; retrying on its own. */
  | 'reconnecting'
  /** The hub refused this client (token revoked, session over): it needs a new token. */
  | 'refused'
  | 'stopped';

type Snapshot = Extract<ServerMessage, { type: 'snapshot' }>;
type Events = Extract<ServerMessage, { type: 'events' }>;
type Heartbeat = Extract<ServerMessage, { type: 'heartbeat' }>;
type Notice = Extract<ServerMessage, { type: 'notice' }>;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface EventStreamClientOptions {
  url: string;
  /** The bearer token to say hello with; null stops the client as refused. */
  token: () => string | null | undefined;
  createSocket: (url: string) => WebSocketLike;
  onSnapshot: (message: Snapshot) => void;
  onEvents: (message: Events) => void;
  onStatus?: (status: StreamStatus, detail?: string) => void;
  /** Each heartbeat the hub sends (a screen that must say when its data is stale watches them). */
  onHeartbeat?: (message: Heartbeat) => void;
  /** Each staff notice the URL asked for (`eventStreamUrlFor`): something changed outside the queue. */
  onNotice?: (message: Notice) => void;
  /** The version of the app this client runs, said at each hello (the hub's fleet list). */
  appVersion?: () => string | undefined;
  timers?: Timers;
  random?: () => number;
  /** Silence longer than this (no heartbeat, no message) means the link is dead. */
  staleAfterMs?: number;
  maxBackoffMs?: number;
}

const refusedCodes: ReadonlySet<number> = new Set([
  closeCodes.badMessage,
  closeCodes.unauthenticated,
  closeCodes.revoked,
]);

/**
 * Keeps one subscription to the hub's event stream alive: says hello with the last
 * sequence number it applied, checks that deltas follow on without a gap (a gap means a
 * lost message: it reconnects and resumes), watches the heartbeats, and reconnects with
 * exponential backoff and full jitter. Refusals (revoked token) stop it for good.
 */
export class EventStreamClient {
  private socket: WebSocketLike | null = null;
  private retryTimer: unknown = null;
  private staleTimer: unknown = null;
  private readonly backoff: Backoff;
  private stopped = true;
  private seq: number | undefined;
  private currentStatus: StreamStatus = 'stopped';
  private audience: Snapshot['audience'] | undefined;
  private readonly timers: Timers;

  constructor(private readonly options: EventStreamClientOptions) {
    this.timers = options.timers ?? {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    // Full jitter: the kiosks, counters and displays that lost the hub together must not
    // all knock again at the same moment when it comes back.
    this.backoff = new Backoff(
      { baseMs: 250, capMs: options.maxBackoffMs ?? 10_000 },
      options.random ?? Math.random,
    );
  }

  get status(): StreamStatus {
    return this.currentStatus;
  }

  /** The sequence number of the last snapshot or event applied. */
  get lastSeq(): number | undefined {
    return this.seq;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.backoff.reset();
    this.setStatus('connecting');
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    this.dropSocket();
    this.setStatus('stopped');
  }

  /** Forget the position (after a new login, say): the next hello asks for a snapshot. */
  reset(): void {
    this.seq = undefined;
  }

  private connect(): void {
    const token = this.options.token();
    if (!token) return this.refuse('no token: sign in or enrol this device first');
    let socket: WebSocketLike;
    try {
      socket = this.options.createSocket(this.options.url);
    } catch (error) {
      return this.scheduleRetry(error instanceof Error ? error.message : String(error));
    }
    this.socket = socket;
    socket.onopen = () => {
      const appVersion = this.options.appVersion?.();
      socket.send(
        JSON.stringify({
          type: 'hello',
          token,
          ...(this.seq === undefined ? {} : { lastSeq: this.seq }),
          ...(appVersion ? { appVersion } : {}),
        }),
      );
      this.armStaleTimer();
    };
    socket.onmessage = (event) => this.receive(socket, event.data);
    socket.onerror = () => {};
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped) return;
      if (refusedCodes.has(event.code)) return this.refuse(event.reason || 'refused by the hub');
      this.scheduleRetry(event.reason || `connection closed (${event.code})`);
    };
  }

  private receive(socket: WebSocketLike, data: unknown): void {
    if (this.socket !== socket) return;
    let parsed;
    try {
      parsed = serverMessageSchema.safeParse(JSON.parse(String(data)));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) return this.restart('unreadable message from the hub');
    const message = parsed.data;
    this.armStaleTimer();
    switch (message.type) {
      case 'snapshot':
        this.seq = message.seq;
        this.audience = message.audience;
        this.options.onSnapshot(message);
        return this.markLive();
      case 'events':
        if (this.seq !== undefined && message.fromSeq !== this.seq + 1)
          return this.restart(`missed events ${this.seq + 1}–${message.fromSeq - 1}`);
        this.seq = message.toSeq;
        this.options.onEvents(message);
        return this.markLive();
      case 'heartbeat':
        // Deltas and heartbeats share one ordered socket, so a staff client whose
        // position is behind the heartbeat's has lost a delta: resume from it.
        if (this.audience === 'staff' && this.seq !== undefined && message.seq > this.seq)
          return this.restart(`behind the hub (${this.seq} < ${message.seq})`);
        this.options.onHeartbeat?.(message);
        return;
      case 'notice':
        this.options.onNotice?.(message);
        return;
      case 'error':
        return;
    }
  }

  private markLive(): void {
    this.backoff.reset();
    if (this.currentStatus !== 'live') this.setStatus('live');
  }

  private restart(reason: string): void {
    this.dropSocket();
    this.scheduleRetry(reason, 0);
  }

  private scheduleRetry(reason: string, delay?: number): void {
    this.clearTimers();
    if (this.stopped) return;
    this.setStatus(this.currentStatus === 'connecting' ? 'connecting' : 'reconnecting', reason);
    // A restart (delay 0) counts as a failure too, so a link that keeps breaking backs off.
    const backoff = this.backoff.next();
    this.retryTimer = this.timers.setTimeout(() => this.connect(), delay ?? backoff);
  }

  private refuse(reason: string): void {
    this.stopped = true;
    this.clearTimers();
    this.dropSocket();
    this.setStatus('refused', reason);
  }

  private armStaleTimer(): void {
    if (this.staleTimer !== null) this.timers.clearTimeout(this.staleTimer);
    const after = this.options.staleAfterMs ?? heartbeatIntervalMs * 2.5;
    this.staleTimer = this.timers.setTimeout(() => {
      this.staleTimer = null;
      this.restart('no heartbeat from the hub');
    }, after);
  }

  private clearTimers(): void {
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    if (this.staleTimer !== null) this.timers.clearTimeout(this.staleTimer);
    this.retryTimer = null;
    this.staleTimer = null;
  }

  private dropSocket(): void {
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    try {
      socket.close(1000, 'client closing');
    } catch {
      // already closed
    }
  }

  private setStatus(status: StreamStatus, detail?: string): void {
    this.currentStatus = status;
    this.options.onStatus?.(status, detail);
  }
}
