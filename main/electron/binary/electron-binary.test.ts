import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildElectronApp } from './build-electron';
import { locateElectronBinary, missingBinaryAdvice } from './electron-binary';

const root = mkdtempSync(join(tmpdir(), 'accueil-electron-bin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function layout(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("finding Electron's binary without running the electron package", () => {
  it('says plainly that it is missing, as on this machine and CI (package, no dist/)', () => {
    const dir = layout('typings-only', { 'node_modules/electron/package.json': '{}' });
    expect(locateElectronBinary(dir, {})).toEqual({ ok: false, reason: missingBinaryAdvice });
    const noPackage = layout('none', { 'package.json': '{}' });
    expect(locateElectronBinary(noPackage, {})).toMatchObject({
      ok: false,
      reason: /not installed/,
    });
  });

  it('finds the downloaded binary, or the one ELECTRON_OVERRIDE_DIST_PATH names', () => {
    const dir = layout('downloaded', {
      'node_modules/electron/package.json': '{}',
      'node_modules/electron/path.txt': 'electron',
      'node_modules/electron/dist/electron': '',
    });
    expect(locateElectronBinary(dir, {})).toEqual({
      ok: true,
      path: join(dir, 'node_modules/electron/dist/electron'),
    });
    const dist = layout('override', { electron: '' });
    expect(locateElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({
      ok: true,
      path: join(dist, 'electron'),
    });
    expect(
      locateElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'nowhere') }),
    ).toMatchObject({
      ok: false,
      reason: /ELECTRON_OVERRIDE_DIST_PATH/,
    });
  });
});

describe('the bundled app', () => {
  it('has a preload that needs nothing but electron (a sandboxed preload can require no other module)', async () => {
    const built = await buildElectronApp(process.cwd(), join(root, 'bundle'));
    const preload = readFileSync(join(built.outDir, 'preload.cjs'), 'utf8');
    expect([...new Set(preload.match(/require\("[^"]+"\)/g))]).toEqual(['require("electron")']);
    // No Node module reaches the page's side, and nothing of main either.
    expect(
      Object.keys(built.preload.inputs).some(
        (file) => file.startsWith('main/') && !file.startsWith('main/electron/'),
      ),
    ).toBe(false);
    const main = readFileSync(join(built.outDir, 'main.cjs'), 'utf8');
    expect(main).toContain('require("electron")');
    expect(main).toContain('require("better-sqlite3")');
  });
});
