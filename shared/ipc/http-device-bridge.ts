import { BufferedEvents, ListenerSet } from './buffered-events';
import type { DeviceBridge, BridgeConnection } from './device-bridge';
import {
  deviceEventNames,
  resultSchema,
  type DeviceEventPayload,
  type DeviceEventName,
  type RequestArgs,
  type ResultOf,
} from './device-api';
import { deviceChannels, deviceEvents } from './device-channels';
import { describeIssues, failure, type ChannelTable } from './envelope';
import {
  channelPath,
  deviceEventsPath,
  eventsTokenParam,
  lastEventIdParam,
  type DeviceHostLink,
} from './http-routes';

// The DeviceBridge of web mode: loopback HTTP to the device host. It is written against
// the few members of fetch, EventSource and timers it uses, given by the caller, so the
// same code runs in the browser (renderer/common/device-bridge wires the real ones) and
// in Node tests against a real device host.

export interface FetchResponseLike {
  readonly status: number;
  text(): Promise<string>;
}

export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<FetchResponseLike>;

export interface MessageEventLike {
  readonly data?: unknown;
  readonly lastEventId?: string;
}

/** What the bridge needs of an EventSource: readyState 0 connecting, 1 open, 2 closed. */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEventLike) => void): void;
  close(): void;
}

export interface Scheduler {
  /** Runs `task` after `ms`; returns the function that cancels it. */
  after(ms: number, task: () => void): () => void;
}

export interface HttpBridgeOptions {
  link: DeviceHostLink;
  fetch: FetchLike;
  openEventSource: (url: string) => EventSourceLike;
  scheduler: Scheduler;
  /** A call without an answer by then resolves `no-answer` (a print may still come out). */
  requestTimeoutMs?: number;
  /** Delays before reopening a closed event stream: doubling from the first to the last. */
  reconnectMs?: { first: number; max: number };
  /** Events kept per kind until a listener subscribes. */
  bufferLimit?: number;
  /** Where listener errors and malformed events are reported (default: an unhandled rejection). */
  reportError?: (error: unknown) => void;
}

const CLOSED = 2;

/** Calls the device host's channels of one table over HTTP; every failure is an answer. */
export function createChannelCaller(
  options: Pick<HttpBridgeOptions, 'link' | 'fetch' | 'scheduler' | 'requestTimeoutMs'>,
) {
  const { link, scheduler } = options;
  const timeoutMs = options.requestTimeoutMs ?? 20_000;

  return async function call<T extends ChannelTable, C extends keyof T & string>(
    table: T,
    name: C,
    ...args: RequestArgs<T, C>
  ): Promise<ResultOf<T, C>> {
    const [request] = args;
    const where = `${link.url}${channelPath(name)}`;
    let cancel = () => {};
    const timeout = new Promise<'timeout'>((resolve) => {
      cancel = scheduler.after(timeoutMs, () => resolve('timeout'));
    });
    let status = 0;
    let text: string | 'timeout';
    try {
      const exchange = options
        .fetch(where, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${link.token}` },
          body: JSON.stringify(request ?? {}),
        })
        .then((response) => {
          status = response.status;
          return response.text();
        });
      text = await Promise.race([exchange, timeout]);
    } catch (error) {
      return failure(
        'unreachable',
        `the device host at ${link.url} cannot be reached (${messageOf(error)}): is it running, and does it allow this page's origin?`,
      );
    } finally {
      cancel();
    }
    if (text === 'timeout')
      return failure('no-answer', `${name}: no answer within ${timeoutMs} ms; it may still happen`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return failure('bad-response', `${name}: HTTP ${status} with a body that is not JSON`);
    }
    const parsed = resultSchema(table, name).safeParse(body);
    if (!parsed.success)
      return failure(
        'bad-response',
        `${name}: HTTP ${status} with an answer outside the contract (${describeIssues(parsed.error)})`,
      );
    return parsed.data;
  };
}

export function createHttpDeviceBridge(options: HttpBridgeOptions): DeviceBridge {
  const { link, scheduler } = options;
  const call = createChannelCaller(options);
  const report = options.reportError ?? ((error: unknown) => void Promise.reject(error));
  const events = new BufferedEvents<{ [E in DeviceEventName]: DeviceEventPayload<E> }>({
    limit: options.bufferLimit ?? 50,
    onListenerError: report,
  });
  const connectionListeners = new ListenerSet<BridgeConnection>();
  const reconnect = options.reconnectMs ?? { first: 250, max: 10_000 };
  let state: BridgeConnection = 'connecting';
  let source: EventSourceLike | null = null;
  let lastEventId = '';
  let delay = reconnect.first;
  let cancelReopen: (() => void) | null = null;
  let closed = false;

  const setState = (next: BridgeConnection) => {
    if (next === state) return;
    state = next;
    connectionListeners.emit(next);
  };

  const receive = (name: DeviceEventName, message: MessageEventLike) => {
    if (message.lastEventId) lastEventId = message.lastEventId;
    let data: unknown;
    try {
      data = JSON.parse(String(message.data));
    } catch {
      report(new Error(`device event ${name} is not JSON; dropped`));
      return;
    }
    const parsed = deviceEvents[name].safeParse(data);
    if (!parsed.success) {
      report(
        new Error(`device event ${name} outside the contract: ${describeIssues(parsed.error)}`),
      );
      return;
    }
    events.emit(name, parsed.data as DeviceEventPayload<typeof name>);
  };

  const open = () => {
    cancelReopen = null;
    if (closed) return;
    const query =
      `${eventsTokenParam}=${encodeURIComponent(link.token)}` +
      (lastEventId ? `&${lastEventIdParam}=${encodeURIComponent(lastEventId)}` : '');
    const current = options.openEventSource(`${link.url}${deviceEventsPath}?${query}`);
    source = current;
    setState('connecting');
    current.addEventListener('open', () => {
      if (source !== current) return;
      delay = reconnect.first;
      setState('connected');
    });
    current.addEventListener('error', () => {
      if (source !== current || closed) return;
      setState('connecting');
      // A browser EventSource retries network errors itself; a closed one (an HTTP error,
      // a stream that ended in a test reader) is reopened here, with a growing delay.
      if (current.readyState !== CLOSED) return;
      current.close();
      source = null;
      cancelReopen = scheduler.after(delay, open);
      delay = Math.min(delay * 2, reconnect.max);
    });
    for (const name of deviceEventNames)
      current.addEventListener(name, (message) => {
        if (source === current) receive(name, message);
      });
  };
  open();

  return {
    kind: 'http',
    invoke: (channel, ...request) =>
      closed
        ? Promise.resolve(failure('unavailable', 'the device bridge is closed'))
        : call(deviceChannels, channel, ...request),
    on: (event, listener) => events.on(event, listener),
    connection: () => state,
    onConnectionChange: (listener) => connectionListeners.add(listener),
    close() {
      if (closed) return;
      closed = true;
      cancelReopen?.();
      source?.close();
      source = null;
      setState('unavailable');
      events.clear();
      connectionListeners.clear();
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
