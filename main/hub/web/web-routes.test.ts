import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub';

// The hub serving a folder shaped like Vite's dist/web, over real HTTP.

const root = mkdtempSync(join(tmpdir(), 'accueil-web-'));
const webDir = join(root, 'dist', 'web');
const secret = 'TOP SECRET hub.db contents';
const files: Record<string, string> = {
  'kiosk/index.html':
    '<!doctype html><title>kiosk</title><script type="module" src="/assets/kiosk-AbCd1234.js"></script>',
  'renderer/counter/index.html': '<!doctype html><title>counter</title>',
  'assets/kiosk-AbCd1234.js': 'console.log("kiosk")',
  'assets/kiosk-Zz99Yy88.css': 'body{}',
  'assets/notes.bin': 'raw',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'renderer/empty/readme.txt': 'no index here',
};
let t: TestHub;
let missing: TestHub;

beforeAll(async () => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(webDir, path, '..'), { recursive: true });
    writeFileSync(join(webDir, path), text);
  }
  writeFileSync(join(root, 'dist', 'secret.txt'), secret);
  writeFileSync(join(root, 'secret.txt'), secret);
  symlinkSync(join(root, 'secret.txt'), join(webDir, 'assets', 'escape-AbCdEf12.txt'));
  t = await startTestHub({
    webDir,
    settings: { deviceHostOrigins: ['http://127.0.0.1:8090'] },
  });
  missing = await startTestHub({ webDir: join(root, 'not-built') });
});
afterAll(async () => {
  await t.close();
  await missing.close();
  rmSync(root, { recursive: true, force: true });
});

/** A request with its path sent exactly as written (fetch would normalise "..").  */
function raw(
  url: string,
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    // Node keeps the path as given: that is the point of this helper.
    req.path = path;
    req.end();
  });
}

describe('web apps served by the hub', () => {
  it('serves each app at its path with a strict policy and revalidated pages', async () => {
    const kiosk = await raw(t.hub.url, '/kiosk/');
    expect(kiosk.status).toBe(200);
    expect(kiosk.body).toBe(files['kiosk/index.html']);
    expect(kiosk.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(kiosk.headers['cache-control']).toBe('no-cache');
    expect(kiosk.headers['x-content-type-options']).toBe('nosniff');
    expect(kiosk.headers['x-frame-options']).toBe('DENY');
    const host = new URL(t.hub.url).host;
    const csp = String(kiosk.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain(`connect-src 'self' ws://${host} http://127.0.0.1:8090;`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');

    const counter = await raw(t.hub.url, '/counter/');
    expect(counter.body).toBe(files['renderer/counter/index.html']);
    expect((await raw(t.hub.url, '/kiosk')).headers.location).toBe('/kiosk/');
    // A view of the app (history routing) is the app's page.
    expect((await raw(t.hub.url, '/kiosk/check-in/step-2')).body).toBe(files['kiosk/index.html']);
    expect((await raw(t.hub.url, '/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
    const head = await raw(t.hub.url, '/kiosk/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const etag = String(kiosk.headers.etag);
    expect((await raw(t.hub.url, '/kiosk/', 'GET', { 'if-none-match': etag })).status).toBe(304);
  });

  it('caches hashed assets for a year and types them', async () => {
    const script = await raw(t.hub.url, '/assets/kiosk-AbCd1234.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const style = await raw(t.hub.url, '/assets/kiosk-Zz99Yy88.css');
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    const unknown = await raw(t.hub.url, '/assets/notes.bin');
    expect(unknown.headers['content-type']).toBe('application/octet-stream');
    expect(unknown.headers['cache-control']).toBe('no-cache');
  });

  it('lists no directory and leaves nothing outside the folder reachable', async () => {
    for (const path of ['/assets/', '/renderer/', '/renderer/empty/', '/kiosk/missing.png'])
      expect((await raw(t.hub.url, path)).status, path).toBe(404);
    const attacks = [
      '/kiosk/../../secret.txt',
      '/../secret.txt',
      '/kiosk/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
      '/kiosk/..%5c..%5csecret.txt',
      '/kiosk/%00index.html',
      '//evil.example/',
      '/kiosk/%E0%A4%A',
    ];
    for (const path of [...attacks, '/assets/escape-AbCdEf12.txt']) {
      const answer = await raw(t.hub.url, path);
      // Refused as a bad path before any file is looked at; the symlink out is "not found".
      expect(answer.status, path).toBe(attacks.includes(path) ? 400 : 404);
      expect(answer.body, path).not.toContain(secret);
      expect(answer.headers.location, path).toBeUndefined();
    }
  });

  it('keeps the API as it was: JSON errors, never cached', async () => {
    const health = await raw(t.hub.url, '/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.headers['cache-control']).toBe('no-store');
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    const unknown = await raw(t.hub.url, '/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ error: { code: 'route-not-found' } });
    const index = JSON.parse((await raw(t.hub.url, '/api/v1')).body) as { routes: string[] };
    // The API and the metrics for monitoring; no web page.
    expect(
      index.routes.every((route) => route.includes(' /api/') || route === 'GET /metrics'),
    ).toBe(true);
    expect(t.hub.webApps()).toEqual([
      { name: 'kiosk', url: `${t.hub.url}/kiosk/` },
      { name: 'counter', url: `${t.hub.url}/counter/` },
    ]);
  });

  it('says to run the build when the apps are missing', async () => {
    for (const path of ['/', '/kiosk/', '/counter/']) {
      const answer = await raw(missing.hub.url, path);
      expect(answer.status, path).toBe(503);
      expect(answer.body).toContain('npx vite build');
    }
    // An app the hub knows that this site has not built (only the kiosk and counter are).
    const status = await raw(t.hub.url, '/status/');
    expect(status.status).toBe(503);
    expect(status.body).toContain('« status »');
  });

  it('lets pages reach a device host started after the hub, loopback only', async () => {
    t.hub.allowDeviceHostOrigin('http://127.0.0.1:9123');
    const csp = String((await raw(t.hub.url, '/kiosk/')).headers['content-security-policy']);
    expect(csp).toContain('http://127.0.0.1:9123');
    expect(() => t.hub.allowDeviceHostOrigin('http://evil.example:80')).toThrow(/loopback/);
  });
});
