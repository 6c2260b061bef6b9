import { join } from 'node:path';
import { build } from 'esbuild';

// Bundles the Electron app into dist/electron: main.cjs (the main process; native and
// Electron modules stay outside) and preload.cjs, a single file that needs nothing but
// `electron`, since a sandboxed preload can require no other module.

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
  const [main, preload] = await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'main/electron/main.ts')],
      outfile: join(outDir, 'main.cjs'),
      external: ['electron', ...nativeModules],
      metafile: true,
    }),
    build({
      ...common,
      entryPoints: [join(root, 'main/electron/preload.ts')],
      outfile: join(outDir, 'preload.cjs'),
      external: ['electron'],
      metafile: true,
    }),
  ]);
  return { outDir, main: main.metafile, preload: preload.metafile };
}
