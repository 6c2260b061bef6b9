import { join } from 'node:path';
import { FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { fuseConfig, fuseTable, type FuseName } from './fuses';

// electron-builder's afterPack hook: the app is laid out in appOutDir, not yet signed or
// put into its installer. The fuses are flipped in the executable there, then read back:
// a binary whose fuses did not take fails the packaging instead of shipping.

/** The Electron executable electron-builder wrote, per platform. */
export function packagedExecutable(context: {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}): string {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32')
    return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'darwin')
    return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
}

// A fuse's byte in the wire: ASCII '1' on, '0' off (@electron/fuses' FuseState, not exported).
const fuseOn = 0x31;
const fuseOff = 0x30;

/** Fuses whose state in the binary differs from the table (empty when all took). */
export async function fusesNotSet(executable: string): Promise<FuseName[]> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>;
  return (Object.keys(fuseTable) as FuseName[]).filter(
    (name) => wire[FuseV1Options[name]] !== (fuseTable[name].enabled ? fuseOn : fuseOff),
  );
}

export default async function afterPack(context: AfterPackContext): Promise<void> {
  const executable = packagedExecutable(
    context as unknown as Parameters<typeof packagedExecutable>[0],
  );
  await flipFuses(executable, fuseConfig());
  const wrong = await fusesNotSet(executable);
  if (wrong.length > 0)
    throw new Error(`the fuses ${wrong.join(', ')} did not take in ${executable}`);
}
