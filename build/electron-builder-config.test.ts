import { minimatch } from 'minimatch';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { nativeModules } from '../main/electron/binary/build-electron';
import config, { nativeRuntimeModules, unpackedNativeFiles } from './electron-builder.config';

// The configuration read as electron-builder reads it: its `files` patterns in order, the
// last one that matches a path deciding (electron-builder's own rule), applied to this
// repository's files. package-dir.test.ts then builds the app for real.

const patterns = (config.files ?? []) as string[];

/** Whether electron-builder's `files` take `path` (relative to the project). */
function taken(path: string): boolean {
  let decision = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) decision = !negated;
  }
  return decision;
}

const repoFiles = globSync(['**/*'], {
  ignore: ['node_modules/**', '.git/**', '.data/**', '.test-results/**'],
  dot: true,
});

describe('the electron-builder configuration', () => {
  it('packs an asar, starts the bundled main, is the app Accueil', () => {
    expect(config).toMatchObject({
      appId: 'fr.accueil.guichet-unique',
      productName: 'Accueil',
      asar: true,
      extraMetadata: { main: 'dist/electron/main.cjs' },
    });
    expect(config.linux?.target).toEqual(['deb', 'AppImage']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.publish).toEqual([expect.objectContaining({ provider: 'generic' })]);
    expect(typeof config.afterPack).toBe('function');
  });

  it('takes nothing of the sources, tests, scripts or docs of this repository', () => {
    const outside = repoFiles.filter((file) => !file.startsWith('dist/')).filter(taken);
    expect(outside).toEqual(['package.json']);
    for (const file of [
      'main/electron/main.ts',
      'main/electron/main.test.ts',
      'e2e/electron/electron-modes.spec.ts',
      'docs/it/README.md',
    ])
      expect(taken(file), file).toBe(false);
  });

  it('takes the bundles and the web apps, not their source maps or tests', () => {
    expect(taken('dist/electron/main.cjs')).toBe(true);
    expect(taken('dist/electron/preload.cjs')).toBe(true);
    expect(taken('dist/web/kiosk/index.html')).toBe(true);
    expect(taken('dist/web/assets/kiosk.js.map')).toBe(false);
    expect(taken('dist/web/assets/kiosk.test.js')).toBe(false);
  });

  it('takes every native module the bundle leaves outside, and no other package', () => {
    for (const name of nativeModules) {
      expect(nativeRuntimeModules).toContain(name);
      expect(taken(`node_modules/${name}/package.json`), name).toBe(true);
    }
    for (const name of [
      'vue',
      'fastify',
      'echarts',
      'electron',
      'vitest',
      'electron-builder',
      'zod',
    ])
      expect(taken(`node_modules/${name}/package.json`), name).toBe(false);
    expect(taken('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(taken('node_modules/better-sqlite3/src/better_sqlite3.cpp')).toBe(false);
    expect(taken('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
  });

  it('unpacks every native binary installed here', () => {
    const binaries = globSync(
      nativeModules.map((name) => `node_modules/${name}/**/*.node`),
      { dot: true },
    );
    expect(binaries.length).toBeGreaterThan(0);
    for (const file of binaries.filter(taken))
      expect(
        unpackedNativeFiles.some((pattern) =>
          minimatch(file, pattern, { dot: true, matchBase: false }),
        ),
        file,
      ).toBe(true);
    expect(config.asarUnpack).toEqual(unpackedNativeFiles);
  });
});
