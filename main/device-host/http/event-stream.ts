import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { DeviceStatus } from '../../../shared/devices/status';
import type { DeviceEventMessage } from '../../../shared/ipc/device-api';

// The device events as Server-Sent Events. Each event carries an id `<run>.<seq>`; a
// stream reopened with the last id it saw (EventSource sends it as Last-Event-ID) gets
// the events it missed from a short replay buffer, then every device's current status,
// so a kiosk never acts on a stale one. Heartbeat comments find dead connections.

export interface SseStreamOptions {
  statuses: () => DeviceStatus[];
  heartbeatMs?: number;
  /** What a browser waits before reconnecting after the stream drops. */
  retryMs?: number;
  maxClients?: number;
  /** Events kept for streams that reconnect. */
  replayLimit?: number;
  /** Bytes queued for one stream beyond which it is dropped (it reconnects and catches up). */
  maxBufferedBytes?: number;
}

interface Sent {
  seq: number;
  chunk: string;
}

export class SseEventStream {
  readonly runId = randomBytes(6).toString('base64url');
  private readonly clients = new Set<ServerResponse>();
  private readonly replay: Sent[] = [];
  private seq = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly options: Required<SseStreamOptions>;

  constructor(options: SseStreamOptions) {
    this.options = {
      heartbeatMs: 15_000,
      retryMs: 1_000,
      maxClients: 16,
      replayLimit: 100,
      maxBufferedBytes: 1024 * 1024,
      ...options,
    };
    this.timer = setInterval(() => this.writeAll(': heartbeat\n\n'), this.options.heartbeatMs);
    this.timer.unref();
  }

  get clientCount(): number {
    return this.clients.size;
  }

  get full(): boolean {
    return this.clients.size >= this.options.maxClients;
  }

  /** Takes over a response: headers, missed events, current statuses, then live events. */
  accept(
    response: ServerResponse,
    headers: Record<string, string>,
    lastEventId: string | null,
  ): void {
    response.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.socket?.setNoDelay(true);
    response.write(`retry: ${this.options.retryMs}\n\n`);
    for (const sent of this.missedSince(lastEventId)) response.write(sent.chunk);
    for (const status of this.options.statuses())
      response.write(format('device:status-changed', status));
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  publish(message: DeviceEventMessage): void {
    const seq = ++this.seq;
    const chunk = format(message.event, message.payload, `${this.runId}.${seq}`);
    this.replay.push({ seq, chunk });
    if (this.replay.length > this.options.replayLimit) this.replay.shift();
    this.writeAll(chunk);
  }

  close(): void {
    clearInterval(this.timer);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private missedSince(lastEventId: string | null): Sent[] {
    if (!lastEventId) return [];
    const [run, seqText] = lastEventId.split('.');
    const seq = Number(seqText);
    // An id from an earlier run of the host (or garbage) replays nothing: statuses follow anyway.
    if (run !== this.runId || !Number.isInteger(seq)) return [];
    return this.replay.filter((sent) => sent.seq > seq);
  }

  private writeAll(chunk: string): void {
    for (const client of this.clients) {
      if (client.writableLength > this.options.maxBufferedBytes) {
        client.destroy();
        this.clients.delete(client);
        continue;
      }
      client.write(chunk);
    }
  }
}

function format(event: string, payload: unknown, id?: string): string {
  // JSON.stringify escapes line breaks, so `data` is always a single line.
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
}
