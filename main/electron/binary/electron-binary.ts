import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Where Electron's binary is, found without running or requiring the `electron` package
// (its index.js downloads the binary when it is missing, which hangs or fails on a
// machine without network). Used by `npm run electron` and the _electron test suite.

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

export const missingBinaryAdvice =
  "Electron's binary is not installed on this machine (node_modules/electron has no dist/): " +
  'run `npm run electron` on a machine where `npm install` could download it, or point ' +
  'ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 45 distribution. ' +
  'The apps also run in a browser: `npm start`.';

export function locateElectronBinary(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ElectronBinary {
  const packageDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json')))
    return { ok: false, reason: 'the electron package is not installed (node_modules/electron)' };
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(
      override,
      executable || (process.platform === 'win32' ? 'electron.exe' : 'electron'),
    );
    return existsSync(path)
      ? { ok: true, path }
      : {
          ok: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH names ${override}, which has no ${path}`,
        };
  }
  if (!executable) return { ok: false, reason: missingBinaryAdvice };
  const path = join(packageDir, 'dist', executable);
  return existsSync(path) ? { ok: true, path } : { ok: false, reason: missingBinaryAdvice };
}
