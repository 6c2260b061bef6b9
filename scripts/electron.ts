// `npm run electron [-- --build-only]`: bundles the Electron app (dist/electron) and
// starts it with the locally installed Electron binary. Where that binary is missing
// (it cannot be downloaded on every machine) it says so at once instead of hanging.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildElectronApp } from '../main/electron/binary/build-electron';
import { locateElectronBinary } from '../main/electron/binary/electron-binary';

async function main(): Promise<number> {
  const root = process.cwd();
  const buildOnly = process.argv.includes('--build-only');
  const binary = locateElectronBinary(root);
  if (!binary.ok && !buildOnly) {
    console.error(`electron: ${binary.reason}`);
    return 1;
  }
  const built = await buildElectronApp(root);
  console.log(`electron: bundled into ${built.outDir} (main.cjs, preload.cjs, portal-preload.cjs)`);
  if (buildOnly || !binary.ok) return 0;
  const child = spawn(binary.path, [join(built.outDir, 'main.cjs'), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
