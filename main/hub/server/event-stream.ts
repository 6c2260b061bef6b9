import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import {
  clientMessageSchema,
  closeCodes,
  eventStreamPath,
  heartbeatIntervalMs,
  maxFrameBytes,
  noticeTopicOf,
  noticeTopicsOf,
  type Audience,
  type NoticeTopic,
  type ServerMessage,
  type StaffNotice,
} from '../../../shared/contracts/ws-messages';
import { isStaff } from '../../../shared/contracts/roles';
import type { Principal } from '../auth/principal';
import type { CommittedBatch, QueueAuthority } from '../core/queue-authority';
import { HubError } from './hub-error';

export interface EventStreamOptions {
  authority: QueueAuthority;
  /** Checks a token (now, and again at every heartbeat); throws a HubError to refuse it. */
  authenticate: (token: string) => Principal;
  /** A client joined: the app version it said and the address it came from (the fleet). */
  onHello?: (principal: Principal, hello: { appVersion?: string; address?: string }) => void;
  /** The engine state for staff (it holds no personal data). */
  staffView: () => unknown;
  /** What kiosks and displays may see. Recomputed after each commit and each heartbeat. */
  publicView: () => unknown;
  heartbeatMs?: number;
  helloTimeoutMs?: number;
  /** Further behind than this, a resuming client gets a snapshot instead of the events. */
  maxResumeEvents?: number;
  /** Bytes queued for one client beyond which it is dropped (it will resume). */
  maxBufferedBytes?: number;
  clock?: () => number;
}

interface Client {
  ws: WebSocket;
  principal: Principal;
  audience: Audience;
  alive: boolean;
  /** Bytes it may have queued: the limit, plus its first snapshot while that drains. */
  allowance: number;
  /** The staff notices it asked for in its URL (none for public clients). */
  notices: ReadonlySet<NoticeTopic>;
}

/** A socket's peer address as people read it: "192.168.1.20", not "::ffff:192.168.1.20". */
export function clientAddress(remote: string | undefined): string | undefined {
  if (!remote) return undefined;
  return remote.startsWith('::ffff:') && remote.includes('.') ? remote.slice(7) : remote;
}

/**
 * The WebSocket event stream on the hub's own HTTP server. Each message is serialised
 * once and the same buffer goes to every client of an audience; a client whose queue
 * grows past `maxBufferedBytes` is dropped so it cannot hold the others back.
 */
export class EventStream {
  private readonly wss: WebSocketServer;
  private readonly clients = new Set<Client>();
  private readonly pending = new Set<WebSocket>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private publicJson = '';
  private readonly options: Required<Omit<EventStreamOptions, 'onHello'>> &
    Pick<EventStreamOptions, 'onHello'>;
  private closing: Promise<void> | undefined;

  constructor(options: EventStreamOptions) {
    this.options = {
      heartbeatMs: heartbeatIntervalMs,
      helloTimeoutMs: 10_000,
      maxResumeEvents: 1000,
      maxBufferedBytes: 1024 * 1024,
      clock: Date.now,
      ...options,
    };
    this.wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
    this.unsubscribe = options.authority.subscribe((batch) => this.broadcast(batch));
    this.timer = setInterval(() => this.heartbeat(), this.options.heartbeatMs);
    this.timer.unref();
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /** Enrolled devices with a stream open now (for the site's health report). */
  connectedDeviceIds(): Set<string> {
    const ids = new Set<string>();
    for (const { principal } of this.clients)
      if (principal.kind === 'device') ids.add(principal.deviceId);
    return ids;
  }

  /** Takes over WebSocket upgrades on `eventStreamPath`; refuses any other upgrade. */
  attach(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (request.url ?? '').split('?')[0];
      if (path !== eventStreamPath) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        return;
      }
      const address = clientAddress(request.socket.remoteAddress);
      const notices = noticeTopicsOf(request.url);
      this.wss.handleUpgrade(request, socket, head, (ws) => this.welcome(ws, address, notices));
    });
  }

  /** Closes the connections whose principal matches (a revoked device, a logged-out agent). */
  disconnect(matches: (principal: Principal) => boolean, message: string): void {
    for (const client of this.clients)
      if (matches(client.principal))
        this.refuse(client.ws, closeCodes.revoked, 'token-revoked', message);
  }

  /**
   * Tells the staff clients that asked for its topic that something outside the queue
   * changed (a complaint recorded…): one small unsequenced message, by id only.
   */
  notify(notice: StaffNotice): void {
    const topic = noticeTopicOf[notice.type];
    let message: Buffer | undefined;
    for (const client of this.clients)
      if (client.audience === 'staff' && client.notices.has(topic))
        this.send(client, (message ??= json({ type: 'notice', notice })));
  }

  /** Closes every connection; a second call waits for the first. */
  close(): Promise<void> {
    return (this.closing ??= this.closeOnce());
  }

  private closeOnce(): Promise<void> {
    clearInterval(this.timer);
    this.unsubscribe();
    for (const ws of [...this.pending, ...[...this.clients].map((c) => c.ws)])
      ws.close(closeCodes.goingAway, 'the hub is stopping');
    return new Promise<void>((resolve) => {
      const sockets = [...this.wss.clients];
      if (sockets.length === 0) return resolve();
      let left = sockets.length;
      const done = () => --left === 0 && resolve();
      for (const ws of sockets) {
        if (ws.readyState === WebSocket.CLOSED) done();
        else ws.once('close', done);
        setTimeout(() => ws.terminate(), 1000).unref();
      }
    }).then(() => new Promise<void>((resolve) => this.wss.close(() => resolve())));
  }

  private welcome(
    ws: WebSocket,
    address: string | undefined,
    notices: ReadonlySet<NoticeTopic>,
  ): void {
    this.pending.add(ws);
    const timeout = setTimeout(
      () =>
        this.refuse(
          ws,
          closeCodes.unauthenticated,
          'unauthenticated',
          'send {"type":"hello","token":…} first',
        ),
      this.options.helloTimeoutMs,
    );
    ws.on('error', () => ws.terminate());
    ws.once('close', () => {
      clearTimeout(timeout);
      this.pending.delete(ws);
    });
    ws.once('message', (data, isBinary) => {
      clearTimeout(timeout);
      this.pending.delete(ws);
      let parsed;
      try {
        parsed = clientMessageSchema.safeParse(JSON.parse(isBinary ? '' : String(data)));
      } catch {
        parsed = undefined;
      }
      if (!parsed?.success)
        return this.refuse(
          ws,
          closeCodes.badMessage,
          'malformed',
          'the first message must be JSON {"type":"hello","token":"…","lastSeq"?:n}',
        );
      let principal: Principal;
      try {
        principal = this.options.authenticate(parsed.data.token);
      } catch (error) {
        const refusal = error instanceof HubError ? error : new HubError('internal', String(error));
        const code =
          refusal.code === 'token-revoked' ? closeCodes.revoked : closeCodes.unauthenticated;
        return this.refuse(ws, code, refusal.code, refusal.message);
      }
      const { appVersion } = parsed.data;
      this.options.onHello?.(principal, {
        ...(appVersion ? { appVersion } : {}),
        ...(address ? { address } : {}),
      });
      this.join(ws, principal, parsed.data.lastSeq, notices);
    });
  }

  private join(
    ws: WebSocket,
    principal: Principal,
    lastSeq: number | undefined,
    notices: ReadonlySet<NoticeTopic>,
  ): void {
    const audience = isStaff(principal.role) ? 'staff' : 'public';
    const client: Client = {
      ws,
      principal,
      audience,
      alive: true,
      allowance: this.options.maxBufferedBytes,
      notices: audience === 'staff' ? notices : new Set(),
    };
    this.clients.add(client);
    ws.on('pong', () => (client.alive = true));
    ws.on('message', () =>
      this.send(
        client,
        json({ type: 'error', code: 'malformed', message: 'only one hello per connection' }),
      ),
    );
    ws.once('close', () => this.clients.delete(client));
    const { authority } = this.options;
    const seq = authority.lastSeq;
    const behind = lastSeq === undefined ? Infinity : seq - lastSeq;
    const resumable =
      client.audience === 'staff' && behind >= 0 && behind <= this.options.maxResumeEvents;
    const first = resumable
      ? json({
          type: 'events',
          fromSeq: (lastSeq ?? 0) + 1,
          toSeq: seq,
          events: authority.eventsAfter(lastSeq ?? 0, behind).map((logged) => logged.event),
        })
      : this.snapshot(client.audience, seq);
    this.send(client, first);
    // A large first message takes a while to drain; that is not a slow client.
    client.allowance += first.length;
  }

  private snapshot(audience: Audience, seq: number): Buffer {
    const view = audience === 'staff' ? this.options.staffView() : this.currentPublicView();
    return json({ type: 'snapshot', audience, seq, view });
  }

  private currentPublicView(): unknown {
    const view = this.options.publicView();
    this.publicJson = JSON.stringify(view);
    return view;
  }

  private broadcast(batch: CommittedBatch): void {
    if (this.clients.size === 0) return;
    const staff = json({ type: 'events', ...batch });
    for (const client of this.clients) if (client.audience === 'staff') this.send(client, staff);
    this.refreshPublic(batch.toSeq);
  }

  /** Sends public clients a new snapshot only when what they may see has changed. */
  private refreshPublic(seq: number): void {
    const publics = [...this.clients].filter((client) => client.audience === 'public');
    if (publics.length === 0) return;
    const before = this.publicJson;
    const view = this.currentPublicView();
    if (this.publicJson === before) return;
    const message = json({ type: 'snapshot', audience: 'public', seq, view });
    for (const client of publics) this.send(client, message);
  }

  private heartbeat(): void {
    const beat = json({
      type: 'heartbeat',
      seq: this.options.authority.lastSeq,
      at: this.options.clock(),
    });
    for (const client of this.clients) {
      if (!client.alive) {
        client.ws.terminate();
        this.clients.delete(client);
        continue;
      }
      try {
        this.options.authenticate(client.principal.token);
      } catch (error) {
        const message = error instanceof HubError ? error.message : 'refused';
        this.refuse(client.ws, closeCodes.revoked, 'token-revoked', message);
        continue;
      }
      client.alive = false;
      client.ws.ping();
      this.send(client, beat);
    }
    this.refreshPublic(this.options.authority.lastSeq);
  }

  private send(client: Client, message: Buffer): void {
    const { ws } = client;
    if (ws.readyState !== WebSocket.OPEN) return;
    const limit = this.options.maxBufferedBytes;
    if (ws.bufferedAmount <= limit) client.allowance = limit;
    else if (ws.bufferedAmount > client.allowance) {
      this.clients.delete(client);
      ws.close(closeCodes.tooSlow, 'too far behind: reconnect and resume');
      setTimeout(() => ws.terminate(), 2000).unref();
      return;
    }
    ws.send(message, { binary: false });
  }

  private refuse(ws: WebSocket, closeCode: number, code: string, message: string): void {
    if (ws.readyState === WebSocket.OPEN) {
      ws.send(json({ type: 'error', code, message }), { binary: false });
      ws.close(closeCode, code);
      setTimeout(() => ws.terminate(), 2000).unref();
    }
  }
}

function json(message: ServerMessage): Buffer {
  return Buffer.from(JSON.stringify(message));
}
