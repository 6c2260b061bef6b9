import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HubStartError, startHub } from './start-hub';
import { testSiteConfig } from './test-support/site-config';
import { adminPassword, startTestHub, type TestHub } from './test-support/test-hub';

describe('startHub, its services started in order and stopped in reverse', () => {
  const dirs: string[] = [];
  const hubs: TestHub[] = [];
  afterEach(async () => {
    await Promise.all(hubs.splice(0).map((h) => h.close()));
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'accueil-start-'));
    dirs.push(dir);
    return dir;
  };

  it('names the web server when its port is taken, and stops what had started', async () => {
    const first = await startTestHub();
    hubs.push(first);
    const dir = dataDir();
    const options = { siteConfig: testSiteConfig, adminPassword };

    const failed = await startHub({
      ...options,
      settings: { host: '127.0.0.1', port: first.hub.port, dataDir: dir },
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(HubStartError);
    expect(failed).toMatchObject({ service: 'web server', message: /already in use/ });
    // The database was closed (its WAL folded in), after the queue took its snapshot.
    expect(existsSync(join(dir, 'hub.db-wal'))).toBe(false);

    const lines: string[] = [];
    const again = await startHub({
      ...options,
      settings: { host: '127.0.0.1', port: 0, dataDir: dir },
      log: (line) => lines.push(line),
    });
    await again.close();
    expect(lines.join('\n')).toMatch(
      /queue rebuilt from the state snapshot at event \d+ and 0 events/,
    );
  });

  it('names the site configuration when it is refused at a first start', async () => {
    const dir = dataDir();
    const failed = await startHub({
      siteConfig: { ...testSiteConfig, services: 'none' } as unknown as typeof testSiteConfig,
      settings: { host: '127.0.0.1', port: 0, dataDir: dir },
    }).catch((error: unknown) => error);
    expect(failed).toMatchObject({
      name: 'HubStartError',
      service: 'site configuration',
      message: /the site configuration is refused/,
    });
    expect(existsSync(join(dir, 'hub.db-wal'))).toBe(false);
  });

  it('stops once however often close is called', async () => {
    const dir = dataDir();
    const hub = await startHub({
      siteConfig: testSiteConfig,
      adminPassword,
      settings: { host: '127.0.0.1', port: 0, dataDir: dir },
    });
    await Promise.all([hub.close(), hub.close()]);
    await hub.close();
    await expect(fetch(`${hub.url}/api/v1/health`)).rejects.toThrow();
    expect(existsSync(join(dir, 'hub.db-wal'))).toBe(false);
  });
});
