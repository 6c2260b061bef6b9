import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../shared/devices/status';
import { deviceEventsPath } from '../../shared/ipc/http-routes';
import { startDeviceHost, type DeviceHost } from './start-device-host';
import { kioskOrigin, startTestHost } from './test-support/test-host';
import { callChannel } from './test-support/http-call';
import { NodeEventSource } from './test-support/node-event-source';

// The device host's event stream (Server-Sent Events) over real HTTP: a SerialScanner reads
// one end of a real socat pseudo-terminal pair, injectScan and the demo route type into the other.

let host: DeviceHost;
const sources: NodeEventSource[] = [];

beforeEach(async () => {
  host = await startTestHost();
});

afterEach(async () => {
  for (const source of sources.splice(0)) source.close();
  await host.close();
});

function openStream(query = `token=${host.token}`, headers: Record<string, string> = {}) {
  const source = new NodeEventSource(`${host.url}${deviceEventsPath}?${query}`, headers);
  sources.push(source);
  return source;
}

/** Resolves with the first `event` whose payload passes `accept`. */
function nextEvent(
  source: NodeEventSource,
  event: string,
  accept: (payload: never) => boolean = () => true,
) {
  return new Promise<unknown>((resolve) => {
    source.addEventListener(event, (message) => {
      const payload = JSON.parse(String(message.data)) as never;
      if (accept(payload)) resolve(payload);
    });
  });
}

function opened(source: NodeEventSource): Promise<void> {
  return new Promise((resolve, reject) => {
    source.addEventListener('open', () => resolve());
    source.addEventListener('error', () =>
      reject(new Error(`stream refused: HTTP ${source.status}`)),
    );
  });
}

describe('the event stream', () => {
  it('starts with the current statuses, then delivers a scan typed into the socat pair', async () => {
    const source = openStream();
    const statuses: DeviceStatus[] = [];
    source.addEventListener('device:status-changed', (m) =>
      statuses.push(JSON.parse(String(m.data)) as DeviceStatus),
    );
    await opened(source);
    const scanned = nextEvent(source, 'scanner:scanned');
    await host.injectScan('7a2kx9qw4m');
    expect(await scanned).toMatchObject({
      ok: true,
      scannerId: 'kiosk-scanner',
      payload: { kind: 'ants-pre-demande', number: '7A2KX9QW4M' },
    });
    // The statuses came before the scan on the same stream.
    expect(statuses.map((s) => [s.kind, s.state])).toEqual([
      ['printer', 'ready'],
      ['scanner', 'ready'],
    ]);
  });

  it('delivers a rejection (never the text) for garbage typed through the demo route', async () => {
    const source = openStream();
    await opened(source);
    const scanned = nextEvent(source, 'scanner:scanned');
    const answer = await callChannel(
      host.url,
      'demo:scan',
      { text: 'DROP TABLE tickets;\u0007' },
      host.token,
    );
    expect(answer.body).toMatchObject({ ok: true, value: { bytes: 20 } });
    const event = await scanned;
    expect(event).toMatchObject({ ok: false, reason: 'control-character' });
    expect(JSON.stringify(event)).not.toContain('DROP');
  });

  it('pushes a status change, and tells the composition root', async () => {
    const changes: DeviceStatus[] = [];
    const off = host.onStatusChange((status) => changes.push(status));
    const source = openStream();
    await opened(source);
    const paperOut = nextEvent(
      source,
      'device:status-changed',
      (s: DeviceStatus) => s.state === 'paper-out',
    );
    const answer = await callChannel(
      host.url,
      'demo:printer-conditions',
      { paperOut: true },
      host.token,
    );
    expect(answer.body).toMatchObject({ ok: true, value: { state: 'paper-out' } });
    await paperOut;
    expect(changes.at(-1)).toMatchObject({ kind: 'printer', state: 'paper-out' });
    off();
  });

  it('lets the kiosk origin read the stream', async () => {
    const source = openStream(`token=${host.token}`, { origin: kioskOrigin });
    await opened(source);
    expect(source.headers).toMatchObject({
      'access-control-allow-origin': kioskOrigin,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
    });
    expect(host.streamCount()).toBe(1);
  });

  it('refuses a stream without the token or from another origin', async () => {
    const anonymous = openStream('');
    await expect(opened(anonymous)).rejects.toThrow('HTTP 401');
    const foreign = openStream(`token=${host.token}`, { origin: 'http://evil.example' });
    await expect(opened(foreign)).rejects.toThrow('HTTP 403');
  });

  it('replays what a reconnecting stream missed, after the last id it saw', async () => {
    const first = openStream();
    await opened(first);
    const seen = new Promise<string>((resolve) =>
      first.addEventListener('scanner:scanned', (m) => resolve(m.lastEventId ?? '')),
    );
    await host.injectScan('7A2KX9QW4M');
    const lastId = await seen;
    expect(lastId).toMatch(/^[\w-]+\.\d+$/);
    first.close();

    // A second scan while that stream is away; a witness stream shows it was sent.
    const witness = openStream();
    await opened(witness);
    const witnessed = nextEvent(witness, 'scanner:scanned');
    await host.injectScan('ABC-DEF');
    await witnessed;

    const back = openStream(`token=${host.token}`, { 'last-event-id': lastId });
    const replayed: unknown[] = [];
    back.addEventListener('scanner:scanned', (m) => replayed.push(JSON.parse(String(m.data))));
    const statusesDone = nextEvent(
      back,
      'device:status-changed',
      (s: DeviceStatus) => s.kind === 'scanner',
    );
    await statusesDone; // the replay comes before the statuses
    expect(replayed).toMatchObject([{ payload: { kind: 'booking-code', code: 'ABCDEF' } }]);
  });

  it('serves no demo controls when demo mode is off', async () => {
    const plain = await startDeviceHost({
      allowedOrigins: [kioskOrigin],
      demo: false,
      log: () => {},
    });
    try {
      const answer = await callChannel(plain.url, 'demo:scan', { text: '7A2KX9QW4M' }, plain.token);
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      expect(await callChannel(plain.url, 'device:statuses', {}, plain.token)).toMatchObject({
        status: 200,
        body: { ok: true, value: [] },
      });
    } finally {
      await plain.close();
    }
  });
});
