import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The web apps are built by Vite into dist/web and served by the hub. A build is needed
// when any source the apps are made of is newer than the last build's stamp.

const sources = ['kiosk', 'renderer', 'shared', 'vite.config.ts', 'package-lock.json'];
export const webDir = 'dist/web';
const stamp = join(webDir, '.build-stamp');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

export function webBuildIsCurrent(root = '.'): boolean {
  const stampPath = join(root, stamp);
  if (!existsSync(stampPath)) return false;
  const built = statSync(stampPath).mtimeMs;
  return sources.every((source) => newest(join(root, source)) <= built);
}

/** Builds the web apps unless the last build is current; throws with Vite's output on failure. */
export function ensureWebBuild(options: { root?: string; log?: (line: string) => void } = {}): {
  built: boolean;
} {
  const root = options.root ?? '.';
  if (webBuildIsCurrent(root)) return { built: false };
  options.log?.('building the web apps (vite build)…');
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new Error(`the web build failed:\n${run.stdout}\n${run.stderr}`.trim());
  writeFileSync(join(root, stamp), new Date().toISOString());
  return { built: true };
}
