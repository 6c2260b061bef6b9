import { join } from 'node:path';

// The folders IT drops provisioning files in, per OS: a system-wide one (written by the
// deb's postinst, a GPO or the disk image) and one in the app's own data folder.

export function provisioningDirs(
  platform: NodeJS.Platform,
  userData: string,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const system =
    platform === 'win32'
      ? join(env.ProgramData ?? 'C:\\ProgramData', 'Accueil', 'provisioning')
      : platform === 'darwin'
        ? '/Library/Application Support/Accueil/provisioning'
        : '/etc/accueil/provisioning';
  return [system, join(userData, 'provisioning')];
}

/** `--provision FILE` or `--provision=FILE` on the command line. */
export function provisionArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--provision') return argv[i + 1] ?? null;
    if (arg.startsWith('--provision=')) return arg.slice('--provision='.length) || null;
  }
  return null;
}
