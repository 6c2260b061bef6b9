import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTicket } from '../devices/printer/test-support/sample-content';
import { DeviceHostStartError } from './http/loopback';
import { startDeviceHost, type DeviceHost } from './start-device-host';
import { kioskOrigin, startTestHost } from './test-support/test-host';
import { callChannel, httpCall } from './test-support/http-call';

// The device host's requests over real HTTP on loopback, a virtual printer behind it:
// validation, and who may call (token, origin, host, loopback binding).

let host: DeviceHost;

beforeEach(async () => {
  host = await startTestHost();
});

afterEach(async () => {
  await host.close();
});

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
