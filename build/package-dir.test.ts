import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { Arch, Platform, build } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectronApp, nativeModules } from '../main/electron/binary/build-electron';
import { fusesNotSet } from './after-pack';
import config from './electron-builder.config';

// Builds the unpacked app (`--dir`) for real with electron-builder, from a copy of the
// project whose node_modules is this one's, and a stand-in Electron distribution (a file
// holding Electron's fuse wire, since the real zip cannot be downloaded here). Then lists
// what went into the asar and beside it.

const repo = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'accueil-package-'));
const project = join(work, 'project');
const output = join(work, 'out');
const appOut = join(output, 'linux-unpacked');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

function write(path: string, text: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** An unpacked "Electron" with what electron-builder reads: the binary (with its fuse wire, every fuse on), locales, LICENSE. */
function standInElectron(dir: string): string {
  // Fuse wire v1: version 1, 8 fuses, each '1' (on): the hook must turn some off.
  const wire = Buffer.from([1, 8, ...Array<number>(8).fill(0x31)]);
  write(
    join(dir, 'electron'),
    Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(fuseSentinel), wire]),
  );
  chmodSync(join(dir, 'electron'), 0o755);
  for (const locale of ['fr', 'en-US', 'ar', 'de'])
    write(join(dir, 'locales', `${locale}.pak`), '');
  write(join(dir, 'LICENSE'), 'MIT');
  write(join(dir, 'version'), '45.5.0');
  mkdirSync(join(dir, 'resources'), { recursive: true });
  return dir;
}

// Needed to install or compile a native module, never to load it.
const installTimeOnly = new Set(['prebuild-install', 'node-addon-api', 'node-gyp']);

interface Requirement {
  /** The package directory that requires it (relative to the repo), or '' for the app. */
  from: string;
  name: string;
}

/** What `names` require at run time, read from their package.json files (dependencies and installed optional ones). */
function runtimeRequirements(names: readonly string[]): Requirement[] {
  const seen = new Set<string>();
  const requirements: Requirement[] = [];
  const visit = (name: string, from: string) => {
    if (installTimeOnly.has(name)) return;
    let dir = from === '' ? repo : join(repo, from);
    while (!existsSync(join(dir, 'node_modules', name, 'package.json'))) {
      if (dir === repo) return; // an optional package of another platform, not installed
      dir = dirname(dir);
    }
    requirements.push({ from, name });
    const packageDir = join(dir, 'node_modules', name);
    if (seen.has(packageDir)) return;
    seen.add(packageDir);
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }))
      visit(dep, packageDir.slice(repo.length + 1));
  };
  for (const name of names) visit(name, '');
  return requirements;
}

/** Where Node's resolution finds `name` from `from` among the shipped package directories. */
function resolvesTo(shipped: ReadonlySet<string>, { from, name }: Requirement): string | null {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (shipped.has(candidate)) return candidate;
    if (dir === '') return null;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up === -1 ? '' : dir.slice(0, up);
  }
}

/**
 * The copy's node_modules: hard links to this one's files (a second or two, no space), so
 * npm reads a real tree as it would in the repository. A symlinked node_modules is read
 * from npm's hidden lockfile, and once anything has touched a package after `npm ci` (a
 * rebuild, a cache) that lockfile is stale and npm lists every package as extraneous.
 * Another filesystem cannot hold hard links: then a symlink, with that caveat.
 */
function linkNodeModules(from: string, to: string): void {
  const copied = spawnSync('cp', ['-al', from, to], { stdio: 'ignore' });
  if (copied.status !== 0) symlinkSync(from, to);
}

let asarFiles: string[] = [];

beforeAll(async () => {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), readFileSync(join(repo, 'package.json')));
  linkNodeModules(join(repo, 'node_modules'), join(project, 'node_modules'));
  await buildElectronApp(repo, join(project, 'dist', 'electron'));
  // A small web build, with what must not ship: a source map and a test file.
  write(join(project, 'dist/web/kiosk/index.html'), '<!doctype html><title>Accueil</title>');
  write(join(project, 'dist/web/assets/kiosk.js'), 'export {};');
  write(join(project, 'dist/web/assets/kiosk.js.map'), '{}');
  write(join(project, 'dist/web/assets/kiosk.test.js'), '');
  const electronDist = standInElectron(join(work, 'electron-dist'));
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { ...config, electronDist, npmRebuild: false, directories: { output } },
  });
  asarFiles = listPackage(join(appOut, 'resources', 'app.asar'), { isPack: false }).map((file) =>
    file.replace(/^[\\/]/, '').replace(/\\/g, '/'),
  );
}, 120_000);

describe('the packaged app (electron-builder --dir, for real)', () => {
  it('holds the bundles and the web apps, without source maps or tests', () => {
    expect(asarFiles).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/electron/main.cjs',
        'dist/electron/preload.cjs',
        'dist/electron/portal-preload.cjs',
        'dist/web/kiosk/index.html',
        'dist/web/assets/kiosk.js',
      ]),
    );
    expect(asarFiles.filter((file) => /\.map$|\.test\.|\.ts$/.test(file))).toEqual([]);
  });

  it('holds, of node_modules, only the native modules and what they require, each found by Node', () => {
    const shipped = new Set(
      asarFiles
        .map((file) => /^(.*node_modules\/(?:@[^/]+\/)?[^/@]+)\/package\.json$/.exec(file)?.[1])
        .filter((dir): dir is string => dir !== undefined),
    );
    expect(shipped).toContain('node_modules/better-sqlite3');
    const requirements = runtimeRequirements(nativeModules);
    expect(requirements.map((requirement) => requirement.name)).toEqual(
      expect.arrayContaining(['bindings', 'file-uri-to-path', '@serialport/stream', 'debug']),
    );
    const unresolved = requirements.filter((requirement) => !resolvesTo(shipped, requirement));
    expect(unresolved).toEqual([]);
    const required = new Set(requirements.map((requirement) => requirement.name));
    const packageName = (dir: string) => dir.replace(/^.*node_modules\//, '');
    expect([...shipped].map(packageName).filter((name) => !required.has(name))).toEqual([]);
    const devDependencies = Object.keys(
      (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies: object })
        .devDependencies,
    );
    expect(devDependencies.filter((name) => required.has(name))).toEqual([]);
  });

  it('keeps every native binary outside the asar, where the OS can load it', () => {
    const unpacked = join(appOut, 'resources', 'app.asar.unpacked');
    const nodeFiles = asarFiles.filter((file) => file.endsWith('.node'));
    expect(nodeFiles.length).toBeGreaterThan(0);
    for (const file of nodeFiles) expect(existsSync(join(unpacked, file)), file).toBe(true);
    expect(nodeFiles).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(nodeFiles.some((file) => file.includes('@napi-rs/canvas-linux-x64'))).toBe(true);
    expect(nodeFiles.some((file) => file.includes('bindings-cpp/prebuilds/linux-x64'))).toBe(true);
    // Their C++ sources and build leftovers stay out.
    expect(asarFiles.filter((file) => /\.(cc|cpp|h|gyp|mk|a)$/.test(file))).toEqual([]);
  });

  it('starts main.cjs (package.json main) and knows its update server', () => {
    const appUpdate = readFileSync(join(appOut, 'resources', 'app-update.yml'), 'utf8');
    expect(appUpdate).toMatch(/^provider: generic$/m);
    const manifest = JSON.parse(
      extractFile(join(appOut, 'resources', 'app.asar'), 'package.json').toString('utf8'),
    ) as { main: string };
    expect(manifest.main).toBe('dist/electron/main.cjs');
    expect(asarFiles).toContain(manifest.main);
    expect(existsSync(join(appOut, 'accueil'))).toBe(true);
  });

  it('has its fuses set by the afterPack hook, read back from the binary', async () => {
    expect(await fusesNotSet(join(appOut, 'accueil'))).toEqual([]);
  });
});
