// `npm run package [-- --linux | --win] [--dir] [--publish]`: the installable packages.
// Builds the web apps (vite) and the Electron bundles (main.cjs, preload.cjs,
// portal-preload.cjs), then runs electron-builder with build/electron-builder.config.ts
// into dist/packages. First checks, in seconds, that Electron's release zip is at hand or
// downloadable (package-preflight.ts), and says what to do when it is not;
// electron-builder itself runs under a time limit.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildElectronApp } from '../main/electron/binary/build-electron';
import { preflight, type Target } from './package-preflight';

const root = process.cwd();
const args = process.argv.slice(2);
const timeoutMinutes = Number(process.env.ACCUEIL_PACKAGE_TIMEOUT_MINUTES ?? 30);

function targetOf(argv: string[]): Target {
  if (argv.includes('--win')) return { platform: 'win32', arch: 'x64' };
  if (argv.includes('--linux')) return { platform: 'linux', arch: 'x64' };
  return { platform: process.platform === 'win32' ? 'win32' : 'linux', arch: 'x64' };
}

function run(command: string, commandArgs: string[], limitMs: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', detached: true });
    const timer = setTimeout(() => {
      console.error(`package: ${command} still running after ${limitMs / 60_000} min: stopped`);
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }, limitMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<number> {
  const target = targetOf(args);
  if (target.platform === 'win32' && process.platform !== 'win32') {
    console.error(
      'package: build the Windows installer on Windows (the CI "package" job does): the native ' +
        "modules must be rebuilt for Windows there, and @napi-rs/canvas's Windows binary is installed only on Windows.",
    );
    return 1;
  }
  const electronVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const verdict = await preflight(electronVersion, target, process.env);
  if (!verdict.ok) {
    console.error(verdict.message);
    return 1;
  }
  console.log(`package: ${verdict.detail}`);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  if ((await run(npx, ['vite', 'build'], 10 * 60_000)) !== 0) return 1;
  await buildElectronApp(root);
  const builderArgs = [
    'electron-builder',
    '--config',
    'build/electron-builder.config.ts',
    target.platform === 'win32' ? '--win' : '--linux',
    `--${target.arch}`,
    ...(args.includes('--dir') ? ['--dir'] : []),
    '--publish',
    args.includes('--publish') ? 'always' : 'never',
    ...(process.env.ACCUEIL_ELECTRON_DIST
      ? [`-c.electronDist=${process.env.ACCUEIL_ELECTRON_DIST}`]
      : []),
    ...(process.env.electron_config_cache
      ? [`-c.electronDownload.cache=${process.env.electron_config_cache}`]
      : []),
  ];
  const code = await run(npx, builderArgs, timeoutMinutes * 60_000);
  // electron-builder rebuilt better-sqlite3 in node_modules for Electron's ABI: the hub,
  // the tests and `npm start` need Node's again.
  console.log(
    "package: rebuilding better-sqlite3 for Node's ABI again (npm rebuild better-sqlite3)",
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const restored = await run(npm, ['rebuild', 'better-sqlite3'], 10 * 60_000);
  if (restored !== 0)
    console.error(
      "package: run `npm rebuild better-sqlite3` before `npm test`: node_modules holds Electron's build",
    );
  if (code === 0) console.log('package: done, see dist/packages');
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
