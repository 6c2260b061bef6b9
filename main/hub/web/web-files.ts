import { existsSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { webAppNames } from '../../../shared/web/web-apps';

// Maps a URL path to a file of the built web apps (Vite's dist/web), safely: nothing
// outside the folder (no "..", no encoded slash, no symlink out), no directory listing.
// Vite keeps each entry's folder: kiosk/index.html → /kiosk/, and the staff apps under
// renderer/ are served by their name: renderer/counter/index.html → /counter/.

/**
 * The web apps that exist (Vite's inputs, from shared/web/web-apps.ts); a missing one says
 * it is not built rather than "not found".
 */
export const knownApps: readonly string[] = webAppNames;

export type Resolution =
  | { kind: 'file'; file: string; stats: Stats }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-path' }
  | { kind: 'not-built'; app: string | null };

export interface WebApp {
  name: string;
  /** URL path, e.g. "/kiosk/". */
  path: string;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function segmentsOf(urlPath: string): string[] | null {
  const parts = urlPath.split('/').slice(1);
  const decoded: string[] = [];
  for (const [index, part] of parts.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    const last = index === parts.length - 1;
    if (segment === '' && !last) return null; // "//host" would make an open redirect
    if (segment === '.' || segment === '..') return null;
    if (/[\\/\0]/.test(segment)) return null;
    decoded.push(segment);
  }
  return decoded;
}

export class WebFiles {
  constructor(readonly dir: string | undefined) {}

  /** Whether any app has been built into the folder. */
  built(): boolean {
    return this.apps().length > 0;
  }

  apps(): WebApp[] {
    if (!this.dir) return [];
    const dir = this.dir;
    return knownApps
      .filter(
        (name) =>
          isFile(join(dir, name, 'index.html')) ||
          isFile(join(dir, 'renderer', name, 'index.html')),
      )
      .map((name) => ({ name, path: `/${name}/` }));
  }

  resolve(urlPath: string): Resolution {
    const segments = segmentsOf(urlPath);
    if (!segments) return { kind: 'bad-path' };
    const first = segments[0] ?? '';
    const app = knownApps.includes(first) ? first : null;
    if (!this.dir || !existsSync(this.dir)) return { kind: 'not-built', app };
    const root = realpathSync(this.dir);
    const base =
      first && !existsSync(join(root, first)) && existsSync(join(root, 'renderer', first))
        ? ['renderer', first]
        : [first];
    const rest = segments.slice(1);
    const full = join(root, ...base, ...rest);
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      const appIndex = join(root, ...base, 'index.html');
      // A path inside an app that is no file is one of its own views (history routing).
      if (app && isFile(appIndex) && !(rest.at(-1) ?? '').includes('.'))
        return { kind: 'file', file: appIndex, stats: statSync(appIndex) };
      return app && !isFile(appIndex) ? { kind: 'not-built', app } : { kind: 'not-found' };
    }
    if (real !== root && !real.startsWith(root + sep)) return { kind: 'not-found' };
    const stats = statSync(real);
    if (stats.isDirectory()) {
      if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${urlPath}/` };
      const index = join(real, 'index.html');
      if (!isFile(index)) return app ? { kind: 'not-built', app } : { kind: 'not-found' };
      return { kind: 'file', file: index, stats: statSync(index) };
    }
    return stats.isFile() ? { kind: 'file', file: real, stats } : { kind: 'not-found' };
  }
}
