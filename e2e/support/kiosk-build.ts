import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { build } from 'vite';

// Builds the kiosk as `npx vite build` does (same plugin, same base, its entry) into
// .test-results/kiosk-web, which the hub under test serves as its webDir, with the ticket
// status page its QR codes lead to (`/status/`). Skipped when no source the bundles are
// made from changed since the last build.

const root = resolve(import.meta.dirname, '../..');
export const kioskWebDir = join(root, '.test-results', 'kiosk-web');
const stampFile = join(kioskWebDir, '.sources-stamp');
const sourceDirs = ['kiosk', 'renderer/common', 'renderer/status', 'shared'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|vue|css|html)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function sourcesStamp(): string {
  const newest = Math.max(...sourceDirs.map((dir) => newestSource(join(root, dir))));
  return String(Math.floor(newest));
}

let built: Promise<string> | undefined;

/**
 * The folder holding the built kiosk and status page (`kiosk/index.html`,
 * `renderer/status/index.html`, `assets/`), built if stale.
 */
export function ensureKioskBuild(): Promise<string> {
  return (built ??= (async () => {
    const stamp = sourcesStamp();
    if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return kioskWebDir;
    await build({
      root,
      configFile: false,
      plugins: [vue()],
      base: '/',
      logLevel: 'warn',
      build: {
        outDir: kioskWebDir,
        emptyOutDir: true,
        sourcemap: true,
        rollupOptions: {
          input: {
            kiosk: join(root, 'kiosk/index.html'),
            status: join(root, 'renderer/status/index.html'),
          },
        },
      },
    });
    writeFileSync(stampFile, stamp);
    return kioskWebDir;
  })());
}
