import { join } from 'node:path';
import { build } from 'esbuild';

// Bundles the Electron app into dist/electron: main.cjs (the main process; native and
// Electron modules stay outside), preload.cjs (the app's pages) and portal-preload.cjs
// (the locked browser's view, browser/portal-preload.ts): each preload a single file that
// needs nothing but `electron`, since a sandboxed preload can require no other module.

/** Native modules, loaded from node_modules at run time (built for Electron's ABI by the packager). */
export const nativeModules = [
  'better-sqlite3',
  'serialport',
  '@serialport/bindings-cpp',
  '@napi-rs/canvas',
];

export async function buildElectronApp(root: string, outDir = join(root, 'dist', 'electron')) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'warning',
  } as const;
  const preloadOf = (entry: string, out: string) =>
    build({
      ...common,
      entryPoints: [join(root, entry)],
      outfile: join(outDir, out),
      external: ['electron'],
      metafile: true,
    });
  const [main, preload, portalPreload] = await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'main/electron/main.ts')],
      outfile: join(outDir, 'main.cjs'),
      external: ['electron', ...nativeModules],
      metafile: true,
    }),
    preloadOf('main/electron/preload.ts', 'preload.cjs'),
    preloadOf('main/electron/browser/portal-preload.ts', 'portal-preload.cjs'),
  ]);
  return {
    outDir,
    main: main.metafile,
    preload: preload.metafile,
    portalPreload: portalPreload.metafile,
  };
}
