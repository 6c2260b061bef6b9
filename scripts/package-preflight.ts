import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Before `npm run package` starts electron-builder: is Electron's release zip at hand
// (an unpacked distribution given, the zip in @electron/get's cache) or can it be
// downloaded (its mirror answers within a few seconds)? Where neither, it says what is
// missing and how to package where the network allows, instead of letting the download
// hang. Everything but the probe is pure; the probe takes its fetch and timeout.

export type Env = Readonly<Record<string, string | undefined>>;

export interface Target {
  /** Electron's platform names: linux, win32. */
  platform: 'linux' | 'win32';
  arch: 'x64' | 'arm64' | 'ia32';
}

export const electronZipName = (version: string, target: Target) =>
  `electron-v${version}-${target.platform}-${target.arch}.zip`;

/** @electron/get's cache root: electron_config_cache, else the platform's cache folder. */
export function electronCacheRoot(env: Env, platform: NodeJS.Platform, home = homedir()): string {
  const configured = env.electron_config_cache ?? env.ELECTRON_CONFIG_CACHE;
  if (configured) return configured;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'electron');
}

/** The zip in the cache (at its root or in a per-mirror sub-folder, as @electron/get keeps it). */
export function findCachedZip(cacheRoot: string, zipName: string): string | null {
  if (!existsSync(cacheRoot)) return null;
  if (existsSync(join(cacheRoot, zipName))) return join(cacheRoot, zipName);
  for (const entry of readdirSync(cacheRoot)) {
    const candidate = join(cacheRoot, entry, zipName);
    if (statSync(join(cacheRoot, entry)).isDirectory() && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Where @electron/get downloads the zip from (ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR honoured). */
export function electronZipUrl(version: string, target: Target, env: Env): string {
  const base =
    env.ELECTRON_MIRROR ??
    env.npm_config_electron_mirror ??
    'https://github.com/electron/electron/releases/download/';
  const dir = (
    env.ELECTRON_CUSTOM_DIR ??
    env.npm_config_electron_custom_dir ??
    `v${version}`
  ).replace('{{ version }}', version);
  return `${base.endsWith('/') ? base : `${base}/`}${dir}/${electronZipName(version, target)}`;
}

export type ProbeResult = { reachable: true } | { reachable: false; why: string };

/** Asks the mirror for the zip's headers; never waits longer than `timeoutMs`. */
export async function probeUrl(
  url: string,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<ProbeResult> {
  try {
    const answer = await fetchImpl(url, {
      method: 'HEAD',
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return answer.ok
      ? { reachable: true }
      : { reachable: false, why: `${url} answered ${answer.status}` };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const why =
      name === 'TimeoutError' || name === 'AbortError'
        ? `no answer from ${url} within ${timeoutMs / 1000} s`
        : `${url} cannot be reached (${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)})`;
    return { reachable: false, why };
  }
}

export type Verdict =
  | { ok: true; source: 'dist' | 'cache' | 'download'; detail: string }
  | { ok: false; message: string };

export interface PreflightFacts {
  version: string;
  target: Target;
  /** ACCUEIL_ELECTRON_DIST: an unpacked Electron (or its zip) given by hand. */
  dist: { path: string; exists: boolean } | null;
  cacheRoot: string;
  cachedZip: string | null;
  url: string;
  probe: ProbeResult | null;
}

export function packagingVerdict(facts: PreflightFacts): Verdict {
  const zip = electronZipName(facts.version, facts.target);
  if (facts.dist)
    return facts.dist.exists
      ? { ok: true, source: 'dist', detail: `Electron from ${facts.dist.path}` }
      : {
          ok: false,
          message: `ACCUEIL_ELECTRON_DIST names ${facts.dist.path}, which does not exist: give an unpacked Electron ${facts.version} for ${facts.target.platform}-${facts.target.arch}, or ${zip}.`,
        };
  if (facts.cachedZip)
    return { ok: true, source: 'cache', detail: `Electron from ${facts.cachedZip}` };
  if (facts.probe?.reachable)
    return {
      ok: true,
      source: 'download',
      detail: `Electron will be downloaded from ${facts.url}`,
    };
  return {
    ok: false,
    message: [
      `package: Electron's release zip (${zip}) is not on this machine and cannot be downloaded: ${facts.probe?.why ?? 'not tried'}.`,
      'Package on a machine whose network reaches it (the CI "package" job does, on tags), or:',
      `  - put ${zip} in ${facts.cacheRoot} (or set electron_config_cache to the folder that holds it);`,
      '  - or set ELECTRON_MIRROR to a mirror you can reach (e.g. https://npmmirror.com/mirrors/electron/);',
      '  - or set ACCUEIL_ELECTRON_DIST to an unpacked Electron distribution.',
      'Then run `npm run package` again. The rest of the build (npm run build:electron, vite build) works here.',
    ].join('\n'),
  };
}

export async function preflight(
  version: string,
  target: Target,
  env: Env,
  options: { platform?: NodeJS.Platform; timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<Verdict> {
  const distPath = env.ACCUEIL_ELECTRON_DIST;
  const cacheRoot = electronCacheRoot(env, options.platform ?? process.platform);
  const cachedZip = findCachedZip(cacheRoot, electronZipName(version, target));
  const url = electronZipUrl(version, target, env);
  const probe =
    distPath || cachedZip
      ? null
      : await probeUrl(url, options.timeoutMs ?? 8000, options.fetchImpl);
  return packagingVerdict({
    version,
    target,
    dist: distPath ? { path: distPath, exists: existsSync(distPath) } : null,
    cacheRoot,
    cachedZip,
    url,
    probe,
  });
}
