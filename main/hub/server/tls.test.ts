import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HubStartError, startHub } from '../start-hub';
import { connectStream } from '../test-support/stream-client';
import { testSiteConfig } from '../test-support/site-config';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'accueil-tls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function selfSigned(): { cert: string; key: string } {
  const cert = join(dir, 'hub.crt');
  const key = join(dir, 'hub.key');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

function httpsJson(
  url: string,
  ca: Buffer,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', ca, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += String(chunk)));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('HTTPS and WSS', () => {
  it.skipIf(!hasOpenssl)(
    'serves the API and the event stream over TLS with a given certificate',
    async () => {
      const tls = selfSigned();
      const ca = readFileSync(tls.cert);
      const hub = await startHub({
        siteConfig: testSiteConfig,
        adminPassword: 'tls admin password',
        settings: { port: 0, dataDir: join(dir, 'data'), tls },
      });
      try {
        expect(hub.url).toMatch(/^https:/);
        expect(hub.eventsUrl).toMatch(/^wss:/);
        const login = await httpsJson(`${hub.url}/api/v1/auth/login`, ca, {
          agentId: 'admin',
          password: 'tls admin password',
        });
        expect(login.status).toBe(200);
        const token = (login.body as { token: string }).token;
        const stream = connectStream(hub.eventsUrl, { type: 'hello', token }, { ca });
        expect((await stream.next('snapshot')).audience).toBe('staff');
        await stream.close();
        // The certificate is checked: a client that does not trust it cannot connect.
        await expect(fetch(`${hub.url}/api/v1/health`)).rejects.toThrow();
        // And nothing is served in clear on that port.
        await expect(
          fetch(hub.url.replace('https:', 'http:') + '/api/v1/health'),
        ).rejects.toThrow();
      } finally {
        await hub.close();
      }
    },
  );

  it('refuses plain HTTP on a non-loopback address unless told the network is trusted', async () => {
    await expect(
      startHub({ settings: { host: '0.0.0.0', port: 0, dataDir: join(dir, 'lan') } }),
    ).rejects.toThrow(HubStartError);
    await expect(
      startHub({ settings: { host: '0.0.0.0', port: 0, dataDir: join(dir, 'lan') } }),
    ).rejects.toThrow(/--cert and --key/);
    const hub = await startHub({
      allowInsecureLan: true,
      adminPassword: 'lan admin password',
      settings: { host: '0.0.0.0', port: 0, dataDir: join(dir, 'lan') },
    });
    expect(hub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await hub.close();
  });
});
