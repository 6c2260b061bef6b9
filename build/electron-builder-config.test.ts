import { readFileSync } from 'node:fs';
import { minimatch } from 'minimatch';
import { PNG } from 'pngjs';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { nativeModules } from '../main/electron/binary/build-electron';
import config, { nativeRuntimeModules, unpackedNativeFiles } from './electron-builder.config';
import { iconSizes } from './make-icons';

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

  it("has the app's icon at every size the desktops ask for, drawn, not Electron's", () => {
    expect(config.linux?.icon).toBe('build/resources/icons');
    const read = (path: string) => PNG.sync.read(readFileSync(path));
    for (const size of iconSizes) {
      const png = read(`build/resources/icons/${size}x${size}.png`);
      expect([png.width, png.height]).toEqual([size, size]);
    }
    const icon = read(config.win?.icon as string);
    expect([icon.width, icon.height]).toEqual([512, 512]);
    // The ticket is white in the middle of the blue square, whose corners are transparent.
    const pixel = (x: number, y: number) => [
      ...icon.data.subarray((y * 512 + x) * 4, (y * 512 + x) * 4 + 4),
    ];
    expect(pixel(140, 140)).toEqual([255, 255, 255, 255]);
    expect(pixel(2, 2)[3]).toBe(0);
    expect(pixel(40, 256)).toEqual([0x1d, 0x4f, 0x91, 255]);
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
    expect(taken('dist/electron/portal-preload.cjs')).toBe(true);
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
