import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../shared/devices/status';
import type { DeviceEventPayload } from '../../shared/ipc/device-api';
import type { BridgeConnection, DeviceBridge } from '../../shared/ipc/device-bridge';
import { demoChannels } from '../../shared/ipc/device-channels';
import {
  createChannelCaller,
  createHttpDeviceBridge,
  type FetchLike,
  type Scheduler,
} from '../../shared/ipc/http-device-bridge';
import { sampleTicket } from '../devices/printer/test-support/sample-content';
import type { DeviceHost } from './start-device-host';
import { NodeEventSource } from './test-support/node-event-source';
import { startTestHost } from './test-support/test-host';

// The HTTP DeviceBridge (shared/ipc, wired to the browser's fetch and EventSource in
// renderer/common/device-bridge) run in Node against a real device host: Node's fetch,
// and for EventSource, which Node 20 lacks, the small SSE reader of test-support.

const scheduler: Scheduler = {
  after(ms, task) {
    const timer = setTimeout(task, ms);
    return () => clearTimeout(timer);
  },
};
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

let host: DeviceHost;
let sources: NodeEventSource[];
let sourceWaiters: Array<{ count: number; resolve: () => void }>;
const bridges: DeviceBridge[] = [];
const servers: Array<Server | TcpServer> = [];
const sockets = new Set<Socket>();

/** Resolves once the bridges have opened `count` event sources in all. */
function sourcesOpened(count: number): Promise<void> {
  return new Promise((resolve) => {
    if (sources.length >= count) resolve();
    else sourceWaiters.push({ count, resolve });
  });
}

/** Listens on a free loopback port, keeping its sockets to destroy them after the test. */
async function listen<S extends Server | TcpServer>(server: S): Promise<number> {
  servers.push(server);
  server.on('connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function makeBridge(link = { url: host.url, token: host.token }, requestTimeoutMs?: number) {
  const bridge = createHttpDeviceBridge({
    link,
    fetch: nodeFetch,
    openEventSource: (url) => {
      const source = new NodeEventSource(url);
      sources.push(source);
      sourceWaiters = sourceWaiters.filter((waiter) => {
        if (sources.length < waiter.count) return true;
        waiter.resolve();
        return false;
      });
      return source;
    },
    scheduler,
    reconnectMs: { first: 20, max: 200 },
    ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
  });
  bridges.push(bridge);
  return bridge;
}

function connection(bridge: DeviceBridge, wanted: BridgeConnection): Promise<void> {
  return new Promise((resolve) => {
    if (bridge.connection() === wanted) return resolve();
    const off = bridge.onConnectionChange((state) => {
      if (state !== wanted) return;
      off();
      resolve();
    });
  });
}

function next<E extends 'scanner:scanned' | 'device:status-changed'>(
  bridge: DeviceBridge,
  event: E,
  accept: (payload: DeviceEventPayload<E>) => boolean = () => true,
): Promise<DeviceEventPayload<E>> {
  return new Promise((resolve) => {
    const off = bridge.on(event, (payload) => {
      if (!accept(payload)) return;
      off();
      resolve(payload);
    });
  });
}

beforeEach(async () => {
  sources = [];
  sourceWaiters = [];
  host = await startTestHost();
});

afterEach(async () => {
  for (const bridge of bridges.splice(0)) bridge.close();
  // The host first: its socat pair and printer must not outlive a stuck test server.
  await host.close();
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

describe('calls', () => {
  it('prints a ticket and reads typed answers', async () => {
    const bridge = makeBridge();
    const result = await bridge.invoke('printer:print-ticket', {
      jobId: 'bridge-ticket-01',
      content: sampleTicket,
    });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'printed', confirmed: true } });
    expect((await host.virtualPrinter!.waitForJob()).text).toContain('A042');

    const status = await bridge.invoke('printer:status');
    expect(status).toMatchObject({ ok: true, value: { kind: 'printer', state: 'ready' } });
  });

  it('carries a printer refusal and its details through', async () => {
    const bridge = makeBridge();
    await host.virtualPrinter!.setCondition({ coverOpen: true });
    const result = await bridge.invoke('printer:print-ticket', {
      jobId: 'bridge-ticket-02',
      content: sampleTicket,
    });
    if (result.ok) throw new Error('expected the printer to refuse');
    expect(result.error.code).toBe('cover-open');
    expect(result.error.details?.mayHavePrinted).toBe(false);
    expect(result.error.details?.status?.state).toBe('cover-open');
  });

  it('answers a wrong token as unauthorized, a stopped host as unreachable', async () => {
    const wrong = makeBridge({ url: host.url, token: 'w'.repeat(32) });
    expect(await wrong.invoke('device:statuses')).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });

    const closed = createTcpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const gone = makeBridge({ url: `http://127.0.0.1:${port}`, token: host.token });
    expect(await gone.invoke('device:statuses')).toMatchObject({
      ok: false,
      error: { code: 'unreachable' },
    });
    expect(gone.connection()).toBe('connecting');
  });

  it('answers no-answer when the host never replies, bad-response when it replies outside the contract', async () => {
    const silentPort = await listen(createTcpServer((socket: Socket) => socket.resume()));
    const mute = makeBridge({ url: `http://127.0.0.1:${silentPort}`, token: host.token }, 200);
    expect(await mute.invoke('printer:status')).toMatchObject({
      ok: false,
      error: { code: 'no-answer' },
    });

    const liar = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true, value: { kind: 'printer', state: 'on fire' } }));
    });
    const liarPort = await listen(liar);
    const lying = makeBridge({ url: `http://127.0.0.1:${liarPort}`, token: host.token });
    const answer = await lying.invoke('printer:status');
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });

  it('calls the demo channels with the same caller', async () => {
    const call = createChannelCaller({
      link: { url: host.url, token: host.token },
      fetch: nodeFetch,
      scheduler,
    });
    const jobs = await call(demoChannels, 'demo:printed-jobs');
    expect(jobs).toEqual({ ok: true, value: [] });
  });

  it('answers unavailable once closed', async () => {
    const bridge = makeBridge();
    bridge.close();
    expect(bridge.connection()).toBe('unavailable');
    expect(await bridge.invoke('device:statuses')).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(sources.every((source) => source.readyState === 2)).toBe(true);
  });
});

describe('events', () => {
  it('keeps what arrived before anyone listened and hands it to the first listener', async () => {
    const bridge = makeBridge();
    // On the stream the statuses come first: once a scan is heard, they wait in the buffer.
    const scanned = next(bridge, 'scanner:scanned');
    await connection(bridge, 'connected');
    await host.injectScan('ACCUEIL:RDV:01HZY3M8QK7W5T2V9XJ4NBRC6D');
    expect(await scanned).toMatchObject({ ok: true, payload: { kind: 'appointment-token' } });

    const statuses: DeviceStatus[] = [];
    bridge.on('device:status-changed', (status) => statuses.push(status));
    expect(statuses).toEqual([]); // handed over after on() returns, not during it
    await Promise.resolve();
    expect(statuses.map((s) => [s.deviceId, s.state])).toEqual([
      ['kiosk-printer', 'ready'],
      ['kiosk-scanner', 'ready'],
    ]);
  });

  it('reopens a dropped stream and loses no scan made meanwhile', async () => {
    const bridge = makeBridge();
    const received: string[] = [];
    let resolveThird: () => void = () => {};
    const third = new Promise<void>((resolve) => (resolveThird = resolve));
    bridge.on('scanner:scanned', (event) => {
      received.push(event.ok ? JSON.stringify(event.payload) : event.reason);
      if (received.length === 3) resolveThird();
    });
    await connection(bridge, 'connected');
    const first = next(bridge, 'scanner:scanned');
    await host.injectScan('7A2KX9QW4M');
    await first;

    sources.at(-1)!.drop();
    expect(bridge.connection()).toBe('connecting');
    await host.injectScan('ABC-DEF');
    await connection(bridge, 'connected');
    await host.injectScan('ZZZZZZZZZ1');
    await third;
    expect(received).toEqual([
      JSON.stringify({ kind: 'ants-pre-demande', number: '7A2KX9QW4M' }),
      JSON.stringify({ kind: 'booking-code', code: 'ABCDEF' }),
      JSON.stringify({ kind: 'ants-pre-demande', number: 'ZZZZZZZZZ1' }),
    ]);
    expect(sources.at(-1)!.url).toContain('lastEventId=');
  });

  it('keeps trying a host that is not there yet, without piling up streams', async () => {
    const free = createTcpServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const { port } = free.address() as AddressInfo;
    await new Promise((resolve) => free.close(resolve));
    const bridge = makeBridge({ url: `http://127.0.0.1:${port}`, token: host.token });
    await sourcesOpened(3);
    expect(sources.slice(0, -1).every((source) => source.readyState === 2)).toBe(true);
    expect(bridge.connection()).toBe('connecting');
  });
});
