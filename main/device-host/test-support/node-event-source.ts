import { request, type ClientRequest } from 'node:http';
import type { EventSourceLike, MessageEventLike } from '../../../shared/ipc/http-device-bridge';

// Node 20 has no EventSource: this is a small one for tests, reading the real stream with
// the SSE rules of the HTML standard (fields, multi-line data, ids, comments). Like a
// browser's after an HTTP error, it does not reconnect by itself: it goes to CLOSED and
// fires `error`, and the bridge reopens it. `drop()` cuts the connection as a network
// failure would.

type Listener = (event: MessageEventLike) => void;

export class NodeEventSource implements EventSourceLike {
  readyState = 0;
  /** Status of the HTTP answer, once it came. */
  status: number | null = null;
  /** Headers of the HTTP answer, once it came. */
  headers: Record<string, string | string[] | undefined> = {};
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly request: ClientRequest;
  private lastEventId = '';

  constructor(
    readonly url: string,
    headers: Record<string, string> = {},
  ) {
    this.request = request(url, { headers: { accept: 'text/event-stream', ...headers } });
    this.request.on('response', (response) => {
      this.status = response.statusCode ?? 0;
      this.headers = response.headers;
      const type = String(response.headers['content-type'] ?? '');
      if (this.status !== 200 || !type.startsWith('text/event-stream')) {
        response.resume();
        return this.fail();
      }
      this.readyState = 1;
      this.fire('open', {});
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split(/\r\n|\r|\n/);
        buffer = lines.pop() ?? '';
        for (const line of lines) this.line(line);
      });
      response.on('end', () => this.fail());
      response.on('error', () => this.fail());
    });
    this.request.on('error', () => this.fail());
    this.request.end();
  }

  addEventListener(type: string, listener: Listener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  close(): void {
    this.readyState = 2;
    this.request.destroy();
  }

  /** Cuts the connection under the reader, as a network failure would. */
  drop(): void {
    this.request.destroy();
    this.fail();
  }

  private eventType = '';
  private data: string[] = [];

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.eventType = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
  }

  private dispatch(): void {
    const type = this.eventType || 'message';
    const data = this.data;
    this.eventType = '';
    this.data = [];
    if (data.length === 0) return;
    this.fire(type, { data: data.join('\n'), lastEventId: this.lastEventId });
  }

  private fail(): void {
    if (this.readyState === 2) return;
    this.readyState = 2;
    this.fire('error', {});
  }

  private fire(type: string, event: MessageEventLike): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(event);
  }
}
