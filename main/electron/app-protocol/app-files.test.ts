import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebFiles } from '../../hub/web/web-files';
import { appOrigin, createAppFileHandler } from './app-files';

const hubOrigin = 'https://accueil.mairie.test:8443';
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'accueil-app-files-'));
  const web = join(root, 'web');
  mkdirSync(join(web, 'kiosk'), { recursive: true });
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'kiosk', 'index.html'), '<!doctype html><title>Borne</title>');
  writeFileSync(join(web, 'assets', 'kiosk-a1b2c3d4.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  symlinkSync(join(root, 'secret.txt'), join(web, 'assets', 'link.txt'));
  handle = createAppFileHandler({ files: new WebFiles(web), hubOrigin });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (path: string, method = 'GET') =>
  handle(new Request(`${appOrigin}${path}`, { method }));

describe('the app:// protocol', () => {
  it("serves the built apps with the hub's CSP, connecting to the configured hub only", async () => {
    const page = await get('/kiosk/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Borne</title>');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(
      /connect-src 'self' wss:\/\/accueil\.mairie\.test:8443 https:\/\/accueil\.mairie\.test:8443(;|$)/,
    );
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const script = await get('/assets/kiosk-a1b2c3d4.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/kiosk/', 'HEAD')).status).toBe(200);
    expect((await get('/kiosk')).headers.get('location')).toBe('/kiosk/');
  });

  it.each([
    // The URL parser folds %2e%2e into ".." first: the path is /secret.txt, not in the folder.
    ['/kiosk/%2e%2e/%2e%2e/secret.txt', 404],
    ['/kiosk/..%2f..%2fsecret.txt', 400],
    ['/kiosk/%5c..%5csecret.txt', 400],
    ['/assets/link.txt', 404], // a symlink out of the folder
    ['/%00', 400],
    ['/nothing.js', 404],
    ['/counter/', 404], // not built
  ])('refuses %s (%i)', async (path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers other hosts and writes with a refusal', async () => {
    expect((await handle(new Request('app://other/kiosk/index.html'))).status).toBe(404);
    expect((await get('/kiosk/index.html', 'POST')).status).toBe(405);
  });
});
