import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { webApps } from '../../vite.config';

// Builds every web app of vite.config.ts (kiosk, counter console, status page, …) with
// that very config (same plugins, base and entries) into .test-results/web, the folder
// the hubs under test serve as their webDir: the e2e tests drive the real bundles. Skipped
// when no source the bundles are made from changed since the last build; built at most
// once per process however many fixtures ask.

const root = resolve(import.meta.dirname, '../..');
export const testWebDir = join(root, '.test-results', 'web');
const stampFile = join(testWebDir, '.sources-stamp');
const configFile = join(root, 'vite.config.ts');

// Each app's top folder (kiosk/, renderer/ with the shared renderer code), and shared/.
const sourceDirs = [
  ...new Set([...Object.values(webApps).map((entry) => entry.split('/')[0] ?? ''), 'shared']),
];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|vue|css|html|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The newest source's time and the apps' names: a change to either calls for a build. */
function sourcesStamp(): string {
  const newest = Math.max(
    statSync(configFile).mtimeMs,
    ...sourceDirs.map((dir) => newestSource(join(root, dir))),
  );
  return `${Math.floor(newest)} ${Object.keys(webApps).sort().join(',')}`;
}

let built: Promise<string> | undefined;

/**
 * The folder holding every built web app (`kiosk/index.html`,
 * `renderer/counter/index.html`, `renderer/status/index.html`, `assets/`), built if stale.
 */
export function ensureTestWebBuild(): Promise<string> {
  return (built ??= (async () => {
    const stamp = sourcesStamp();
    if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return testWebDir;
    await build({
      root,
      configFile,
      logLevel: 'warn',
      build: { outDir: testWebDir, emptyOutDir: true },
    });
    writeFileSync(stampFile, stamp);
    return testWebDir;
  })());
}
