import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  electronCacheRoot,
  electronZipUrl,
  findCachedZip,
  preflight,
  probeUrl,
  type Target,
} from './package-preflight';
import { isUpdateManifest, withStagingPercentage } from './package-staging';

const linux: Target = { platform: 'linux', arch: 'x64' };
const zip = 'electron-v45.5.0-linux-x64.zip';
const work = mkdtempSync(join(tmpdir(), 'accueil-preflight-'));
let mirror: Server;
let mirrorUrl = '';
const sockets = new Set<Socket>();

beforeAll(async () => {
  // A mirror that has the zip, answers 404 for anything else, and never answers under /slow/.
  mirror = createServer((request, response) => {
    if (request.url?.startsWith('/slow/')) return;
    response.statusCode = request.url === `/v45.5.0/${zip}` ? 200 : 404;
    response.end();
  });
  mirror.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
  mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => mirror.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('where the Electron zip comes from', () => {
  it('reads the mirror and custom folder @electron/get reads', () => {
    expect(electronZipUrl('45.5.0', linux, {})).toBe(
      `https://github.com/electron/electron/releases/download/v45.5.0/${zip}`,
    );
    expect(
      electronZipUrl(
        '45.5.0',
        { platform: 'win32', arch: 'x64' },
        {
          ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron',
          ELECTRON_CUSTOM_DIR: '{{ version }}',
        },
      ),
    ).toBe('https://npmmirror.com/mirrors/electron/45.5.0/electron-v45.5.0-win32-x64.zip');
  });

  it("looks in electron_config_cache, else the platform's cache folder", () => {
    expect(electronCacheRoot({ electron_config_cache: '/srv/cache' }, 'linux')).toBe('/srv/cache');
    expect(electronCacheRoot({}, 'linux', '/home/it')).toBe('/home/it/.cache/electron');
    expect(electronCacheRoot({ LOCALAPPDATA: 'C:/Users/it/AppData/Local' }, 'win32')).toBe(
      join('C:/Users/it/AppData/Local', 'electron', 'Cache'),
    );
  });

  it('finds the zip at the cache root or in a mirror sub-folder', () => {
    const flat = join(work, 'flat');
    mkdirSync(flat, { recursive: true });
    writeFileSync(join(flat, zip), '');
    expect(findCachedZip(flat, zip)).toBe(join(flat, zip));
    const hashed = join(work, 'hashed', 'a1b2c3');
    mkdirSync(hashed, { recursive: true });
    writeFileSync(join(hashed, zip), '');
    expect(findCachedZip(join(work, 'hashed'), zip)).toBe(join(hashed, zip));
    expect(findCachedZip(join(work, 'hashed'), 'electron-v45.5.0-win32-x64.zip')).toBeNull();
    expect(findCachedZip(join(work, 'nowhere'), zip)).toBeNull();
  });
});

describe('the preflight of npm run package', () => {
  const emptyCache = () => join(work, 'empty-cache');

  it('goes ahead when the mirror has the zip', async () => {
    const verdict = await preflight('45.5.0', linux, {
      ELECTRON_MIRROR: mirrorUrl,
      electron_config_cache: emptyCache(),
    });
    expect(verdict).toMatchObject({ ok: true, source: 'download' });
  });

  it('goes ahead without the network when the zip is cached, or a distribution is given', async () => {
    const cache = join(work, 'cache');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, zip), '');
    const unreachable = { ELECTRON_MIRROR: 'http://127.0.0.1:1/' };
    expect(
      await preflight('45.5.0', linux, { ...unreachable, electron_config_cache: cache }),
    ).toMatchObject({ ok: true, source: 'cache' });
    expect(
      await preflight('45.5.0', linux, { ...unreachable, ACCUEIL_ELECTRON_DIST: cache }),
    ).toMatchObject({ ok: true, source: 'dist' });
    const missing = await preflight('45.5.0', linux, { ACCUEIL_ELECTRON_DIST: join(work, 'no') });
    expect(missing).toMatchObject({
      ok: false,
      message: /ACCUEIL_ELECTRON_DIST names .* does not exist/,
    });
  });

  it('says plainly what is missing and what to do when the mirror does not answer, within its time limit', async () => {
    const started = performance.now();
    const verdict = await preflight(
      '45.5.0',
      linux,
      { ELECTRON_MIRROR: `${mirrorUrl}slow/`, electron_config_cache: emptyCache() },
      { timeoutMs: 300 },
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.message).toContain(`${zip}) is not on this machine and cannot be downloaded`);
    expect(verdict.message).toContain('within 0.3 s');
    for (const advice of [
      'electron_config_cache',
      'ELECTRON_MIRROR',
      'ACCUEIL_ELECTRON_DIST',
      emptyCache(),
    ])
      expect(verdict.message).toContain(advice);
  });

  it('names the answer of a mirror that lacks the zip, and a refused connection', async () => {
    expect(await probeUrl(`${mirrorUrl}v1.0.0/${zip}`, 2000)).toEqual({
      reachable: false,
      why: `${mirrorUrl}v1.0.0/${zip} answered 404`,
    });
    expect(await probeUrl('http://127.0.0.1:1/x.zip', 2000)).toMatchObject({
      reachable: false,
      why: /cannot be reached \(.*ECONNREFUSED/,
    });
  });
});

describe('the staged rollout of a release', () => {
  const manifest =
    'version: 0.2.0\nfiles:\n  - url: Accueil-0.2.0.AppImage\npath: Accueil-0.2.0.AppImage\n';

  it('writes stagingPercentage once, replacing an earlier one', () => {
    const staged = withStagingPercentage(manifest, 20);
    expect(staged).toBe(`${manifest}stagingPercentage: 20\n`);
    expect(withStagingPercentage(staged, 50).match(/stagingPercentage/g)).toHaveLength(1);
    expect(withStagingPercentage(staged, 50)).toContain('stagingPercentage: 50\n');
    expect(() => withStagingPercentage(manifest, 120)).toThrow(/0 to 100/);
  });

  it('edits only the update manifests', () => {
    expect(
      [
        'latest.yml',
        'latest-linux.yml',
        'beta-linux.yml',
        'builder-debug.yml',
        'app-update.yml',
      ].filter(isUpdateManifest),
    ).toEqual(['latest.yml', 'latest-linux.yml', 'beta-linux.yml']);
  });
});
