import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardMarker } from '../browser/view-guards';
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
  let built: Awaited<ReturnType<typeof buildElectronApp>>;
  beforeAll(async () => {
    built = await buildElectronApp(process.cwd(), join(root, 'bundle'));
  }, 60_000);

  it('has a preload that needs nothing but electron (a sandboxed preload can require no other module)', () => {
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

  it("has the locked view's preload: electron only, nothing exposed, the guards in the page's world", () => {
    const source = readFileSync(join(built.outDir, 'portal-preload.cjs'), 'utf8');
    expect([...new Set(source.match(/require\("[^"]+"\)/g))]).toEqual(['require("electron")']);
    expect(
      Object.keys(built.portalPreload.inputs).filter(
        (file) => file.startsWith('main/') && !file.startsWith('main/electron/browser/'),
      ),
    ).toEqual([]);

    // The preload's own (isolated) world, with an Electron that records what it is asked.
    const asked: string[] = [];
    const mainWorld: { func: string; args: unknown[] }[] = [];
    const electron = new Proxy(
      {
        contextBridge: {
          executeInMainWorld: ({ func, args }: { func: () => void; args: unknown[] }) =>
            void mainWorld.push({ func: func.toString(), args }),
        },
      },
      {
        get(target, name) {
          asked.push(String(name));
          return Reflect.get(target, name);
        },
      },
    );
    const listened: string[] = [];
    const preloadWorld = createContext({
      console,
      document: { documentElement: null },
      addEventListener: (type: string) => listened.push(type),
      HTMLInputElement: class {},
      HTMLLabelElement: class {},
      MutationObserver: class {},
    });
    const run = runInContext(`(function (require, module, exports) {${source}\n})`, preloadWorld);
    const module = { exports: {} };
    run(() => electron, module, module.exports);
    expect(asked.filter((name) => name !== '__esModule' && name !== 'default')).toEqual([
      'contextBridge',
    ]);
    expect(module.exports).toEqual({});
    expect(listened.sort()).toEqual(['DOMContentLoaded', 'click', 'keydown']);

    // What it sends to the page's world closes over nothing of the bundle: it runs alone.
    expect(mainWorld).toHaveLength(1);
    expect(mainWorld[0]?.args).toEqual([guardMarker]);
    const warned: string[] = [];
    const page = createContext({ console: { warn: (line: string) => warned.push(line) } });
    runInContext(
      `class DOMException extends Error { constructor(message, name) { super(message); this.name = name; } }
      class Event { get type() { return 'click'; } }
      class EventTarget { dispatchEvent() { return true; } }
      class HTMLElement extends EventTarget { click() { globalThis.clicked = true; } }
      class HTMLInputElement extends HTMLElement { get type() { return 'file'; } }
      class HTMLLabelElement extends HTMLElement { get control() { return null; } }
      Object.assign(globalThis, { DOMException, Event, EventTarget, HTMLElement, HTMLInputElement, HTMLLabelElement });
      globalThis.print = () => { globalThis.printed = true; };
      (${mainWorld[0]?.func})(...${JSON.stringify(mainWorld[0]?.args)});
      print();
      new HTMLInputElement().click();`,
      page,
    );
    const world = page as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(page, 'print')?.configurable).toBe(false);
    expect([world.printed, world.clicked]).toEqual([undefined, undefined]);
    expect(warned).toEqual([`${guardMarker}print`, `${guardMarker}file`]);
  });
});
