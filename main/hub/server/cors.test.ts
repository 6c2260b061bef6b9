import { afterEach, describe, expect, it } from 'vitest';
import { startHub } from '../start-hub';
import { testSiteConfig } from '../test-support/site-config';
import { adminPassword, startTestHub, type TestHub } from '../test-support/test-hub';

// The desktop app's pages come from app://accueil and call the hub cross-origin: the hub
// answers CORS for the origins of its allowlist (settings `corsOrigins`) and no other.

let t: TestHub | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const preflight = (origin: string, path = '/api/v1/ticket/issue') =>
  t!.api('OPTIONS', path, {
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, idempotency-key',
    },
  });

describe('CORS', () => {
  it('allows a preflight from the app origin, then answers its calls with the origin', async () => {
    t = await startTestHub();
    const allowed = await preflight('app://accueil');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('app://accueil');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    for (const header of ['authorization', 'content-type', 'idempotency-key'])
      expect(allowed.headers.get('access-control-allow-headers')).toContain(header);
    expect(allowed.headers.get('vary')).toMatch(/Origin/i);

    const kiosk = await t.device('kiosk');
    const issued = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      headers: { origin: 'app://accueil' },
      body: { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' },
    });
    expect(issued.status).toBe(200);
    expect(issued.headers.get('access-control-allow-origin')).toBe('app://accueil');
    expect(issued.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('refuses a preflight from another origin, saying how to allow one', async () => {
    t = await startTestHub();
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect((refused.body as { error: { message: string } }).error.message).toMatch(
      /https:\/\/evil\.example may not call this hub.*corsOrigins/,
    );
    // A look-alike of the app origin is another origin.
    expect((await preflight('app://accueil.evil.example')).status).toBe(403);
    // Its plain calls carry no CORS: the browser keeps the answer from the page.
    const health = await t.api('GET', '/api/v1/health', {
      headers: { origin: 'https://evil.example' },
    });
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("leaves the hub's own pages alone: a same-origin call with an Origin header works", async () => {
    t = await startTestHub();
    const login = await t.api('POST', '/api/v1/auth/login', {
      headers: { origin: t.hub.url },
      body: { agentId: 'admin', password: adminPassword },
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('follows the allowlist of the settings', async () => {
    t = await startTestHub({ settings: { corsOrigins: ['https://borne.mairie.test'] } });
    expect((await preflight('https://borne.mairie.test')).status).toBe(204);
    expect((await preflight('app://accueil')).status).toBe(403);
  });

  it('refuses settings whose allowlist holds a wildcard or a path', async () => {
    for (const origin of ['*', 'https://accueil.mairie.test/kiosk'])
      await expect(
        startHub({
          siteConfig: testSiteConfig,
          settings: { host: '127.0.0.1', port: 0, dataDir: '/nonexistent', corsOrigins: [origin] },
        }),
      ).rejects.toThrow(/corsOrigins.*exact origin/);
  });
});
