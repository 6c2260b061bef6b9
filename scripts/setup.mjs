#!/usr/bin/env node
// First step of `npm start` and `npm test`: makes a fresh clone ready, so that those two
// commands are all a newcomer types. Uses only Node built-ins (node_modules may not
// exist yet). `node scripts/setup.mjs start|test`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const purpose = process.argv[2] ?? 'start';

function fail(message) {
  console.error(`\nsetup: ${message}`);
  process.exit(1);
}

function run(cmd, args) {
  console.log(`setup: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  return result.status === 0;
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`Node ${process.versions.node} is too old: install Node 20.19 or later, then run again.`);
}

// node_modules is current when npm's own record of it is newer than the lockfile.
const record = 'node_modules/.package-lock.json';
const stale =
  !existsSync(record) || statSync(record).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale && !run('npm', ['ci', '--no-audit', '--no-fund'])) {
  fail(
    'installing the dependencies failed (see above). Check the network access to the npm registry and that python3, make and g++ are installed (better-sqlite3 builds from source), then run again.',
  );
}

if (purpose === 'test') {
  // The tests drive Debian's Chromium and make serial pseudo-terminals with socat.
  const needed = [
    ['chromium', '/usr/bin/chromium'],
    ['socat', 'socat'],
  ].filter(([, probe]) => (probe.startsWith('/') ? !existsSync(probe) : !has(probe)));
  if (needed.length > 0) {
    const names = needed.map(([name]) => name);
    const isRoot = process.getuid?.() === 0;
    if (isRoot && has('apt-get')) {
      run('apt-get', ['update', '-qq']);
      if (!run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names])) {
        fail(`could not install ${names.join(', ')} with apt-get.`);
      }
    } else {
      fail(
        `the tests need ${names.join(' and ')}: install them (Debian: sudo apt-get install ${names.join(' ')}), then run again.`,
      );
    }
  }
}
