import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../shared/devices/status';
import { deviceEventsPath } from '../../shared/ipc/http-routes';
import { sampleTicket } from '../devices/printer/test-support/sample-content';
import { DeviceHostStartError } from './http/loopback';
import { startDeviceHost, type DeviceHost } from './start-device-host';
import { callChannel, httpCall } from './test-support/http-call';
import { NodeEventSource } from './test-support/node-event-source';

// The device host over real HTTP on loopback: a virtual printer behind it, a SerialScanner
// reading one end of a real socat pseudo-terminal pair, and the demo route typing into the other.

const kioskOrigin = 'http://127.0.0.1:5173';
let host: DeviceHost;
const sources: NodeEventSource[] = [];

beforeEach(async () => {
  host = await startDeviceHost({
    printer: { kind: 'virtual', deviceId: 'kiosk-printer' },
    scanner: { kind: 'simulated', id: 'kiosk-scanner' },
    allowedOrigins: [kioskOrigin],
    supervisor: { pollIntervalMs: 60_000 },
    log: () => {},
  });
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

describe('requests', () => {
  it('prints a ticket through POST /device/v1/printer:print-ticket', async () => {
    const answer = await callChannel(
      host.url,
      'printer:print-ticket',
      { jobId: 'http-ticket-01', content: sampleTicket },
      host.token,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      ok: true,
      value: { jobId: 'http-ticket-01', outcome: 'printed' },
    });
    expect((await host.virtualPrinter!.waitForJob()).text).toContain('A042');
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('answers the printer refusal as a typed error with 200: the call itself went through', async () => {
    await host.virtualPrinter!.setCondition({ paperOut: true });
    const answer = await callChannel(
      host.url,
      'printer:print-ticket',
      { jobId: 'http-ticket-02', content: sampleTicket },
      host.token,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      ok: false,
      error: { code: 'paper-out', details: { mayHavePrinted: false } },
    });
  });

  it('refuses invalid requests with 400 and says which field', async () => {
    const missing = await callChannel(
      host.url,
      'printer:print-ticket',
      { content: sampleTicket },
      host.token,
    );
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(missing.body)).toContain('jobId');

    const notJson = await httpCall(`${host.url}/device/v1/printer:status`, {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{"refresh": tru',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

    const poisoned = await httpCall(`${host.url}/device/v1/printer:status`, {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{"__proto__": {"refresh": true}}',
    });
    expect(poisoned.status).toBe(400);

    const text = await httpCall(`${host.url}/device/v1/printer:status`, {
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${host.token}` },
      body: 'status please',
    });
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ ok: false, error: { code: 'unsupported-media-type' } });
    expect(host.virtualPrinter!.jobs.size).toBe(0);
  });

  it('refuses a body over the size limit with 413', async () => {
    const answer = await callChannel(
      host.url,
      'demo:scan',
      { text: 'x'.repeat(70_000) },
      host.token,
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
  });

  it('answers 404 unknown-channel for a channel that does not exist', async () => {
    for (const channel of [
      'printer:explode',
      '__proto__',
      'constructor',
      'printer%3Astatus%2F..',
    ]) {
      const answer = await callChannel(host.url, channel, {}, host.token);
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    const get = await httpCall(`${host.url}/device/v1/printer:status`, {
      method: 'GET',
      headers: { authorization: `Bearer ${host.token}` },
    });
    expect(get.status).toBe(404);
  });
});

describe('who may call', () => {
  it('refuses a request without the token, or with another one', async () => {
    const none = await callChannel(
      host.url,
      'printer:print-ticket',
      { jobId: 'http-ticket-03', content: sampleTicket },
      null,
    );
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await callChannel(
      host.url,
      'printer:print-ticket',
      { jobId: 'http-ticket-03', content: sampleTicket },
      'x'.repeat(32),
    );
    expect(wrong.status).toBe(401);
    expect(host.virtualPrinter!.jobs.size).toBe(0);
  });

  it('refuses a page from another origin even with the token, and lets the kiosk origin read answers', async () => {
    const evil = await callChannel(
      host.url,
      'printer:print-ticket',
      { jobId: 'http-ticket-04', content: sampleTicket },
      host.token,
      {
        origin: 'http://evil.example',
      },
    );
    expect(evil.status).toBe(403);
    expect(evil.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();

    const kiosk = await callChannel(host.url, 'printer:status', {}, host.token, {
      origin: kioskOrigin,
    });
    expect(kiosk.status).toBe(200);
    expect(kiosk.headers['access-control-allow-origin']).toBe(kioskOrigin);
    expect(host.virtualPrinter!.jobs.size).toBe(0);
  });

  it('answers the CORS preflight of the kiosk origin only', async () => {
    const preflight = (origin: string) =>
      httpCall(`${host.url}/device/v1/printer:print-ticket`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
          'access-control-request-private-network': 'true',
        },
      });
    const allowed = await preflight(kioskOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers).toMatchObject({
      'access-control-allow-origin': kioskOrigin,
      'access-control-allow-methods': 'POST, GET',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-allow-private-network': 'true',
    });
    const refused = await preflight('https://elsewhere.example');
    expect(refused.status).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const answer = await callChannel(host.url, 'printer:status', {}, host.token, {
      host: 'attacker.example',
    });
    expect(answer.status).toBe(403);
    const localhost = await callChannel(host.url, 'printer:status', {}, host.token, {
      host: `localhost:${new URL(host.url).port}`,
    });
    expect(localhost.status).toBe(200);
  });

  it('refuses to listen anywhere but loopback', async () => {
    for (const address of ['0.0.0.0', '::', '192.168.1.20', 'localhost'])
      await expect(
        startDeviceHost({ allowedOrigins: [kioskOrigin], host: address, log: () => {} }),
      ).rejects.toThrow(DeviceHostStartError);
  });

  it('refuses a wildcard or malformed allowed origin', async () => {
    for (const origin of ['*', 'http://127.0.0.1:5173/kiosk', 'file:///tmp'])
      await expect(startDeviceHost({ allowedOrigins: [origin], log: () => {} })).rejects.toThrow(
        DeviceHostStartError,
      );
  });
});

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
