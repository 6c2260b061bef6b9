import { z } from 'zod';
import { parseDeviceHostLink, type DeviceHostLink } from '../../shared/ipc/http-routes';
import type { HubLink } from '../../renderer/common/hub';
import { isStatusOrigin } from '../logic/status-url';

// How a kiosk page learns where its hub is and who it is. The device that hosts the
// kiosk opens it once as
//
//   https://hub.local/kiosk/#token=<kiosk device token>&devices=<device host URL>&deviceToken=<…>
//
// The fragment never reaches a server (nor a Referer header) and the page removes it
// from the address bar at once; the values are kept in sessionStorage, which lives as
// long as the kiosk's tab or window and is never written to disk as localStorage is.
// A reload keeps working; closing the window forgets the token. Optional keys:
//   hub=<URL>        the hub, when it is not the page's own origin
//   town=<name>      the town’s name printed at the top of tickets (default: the hub’s site.townName)
//   status=<origin>  where phones reach the ticket status page (<origin>/status/), e.g.
//                    the town's published address for the hub (default: the hub's origin)
//   portals=a,b      which of the site's e-service portals to offer (default: all of them)
//   idle=<s>         inactivity before the "are you still there?" warning (default 90)
//   warning=<s>      how long the warning waits (default 30, never under 20)

export interface KioskPageConfig {
  hub: HubLink;
  devices: DeviceHostLink | null;
  townName: string | null;
  /** Public origin of the ticket status page a ticket's QR leads to; the hub's when absent. */
  statusBase?: string;
  /** Ids of the site's portals (`eservices` in the site config) to offer; null: all. */
  portals: string[] | null;
  idleMs: number;
  warningMs: number;
}

export const storageKey = 'accueil.kiosk.page';
export const MIN_WARNING_MS = 20_000;

const storedSchema = z.strictObject({
  hub: z.strictObject({
    baseUrl: z.string().regex(/^https?:\/\/[^\s/?#]+$/, 'an origin such as https://hub.local'),
    token: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,200}$/, 'a device token: 16 to 200 of A-Z a-z 0-9 _ -'),
  }),
  devices: z.strictObject({ url: z.string(), token: z.string() }).nullable(),
  townName: z.string().trim().min(1).max(60).nullable(),
  // Optional: a configuration kept from before this option existed still loads.
  statusBase: z
    .string()
    .refine(isStatusOrigin, 'an http(s) origin without path, e.g. https://accueil.ville.fr')
    .optional(),
  portals: z
    .array(
      z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a portal id: 1 to 40 of a-z, 0-9 and "-"'),
    )
    .max(12)
    .nullable(),
  idleMs: z.number().int().min(5_000).max(3_600_000),
  warningMs: z.number().int().min(MIN_WARNING_MS).max(600_000),
});

export type PageConfigResult =
  | { ok: true; config: KioskPageConfig; fromAddress: boolean }
  | { ok: false; reason: 'absent' | 'invalid'; message: string };

function params(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const pair of text.replace(/^[#?]/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    try {
      found.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' ')));
    } catch {
      // a malformed escape: the parameter counts as absent
    }
  }
  return found;
}

function seconds(value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? NaN : Number(value);
  return Number.isFinite(parsed) ? Math.round(parsed * 1000) : fallback;
}

/** Reads the configuration from a page address fragment (or query string). */
export function configFromAddress(hash: string, search: string, origin: string): PageConfigResult {
  const found = new Map([...params(search), ...params(hash)]);
  const token = found.get('token');
  if (token === undefined)
    return { ok: false, reason: 'absent', message: 'no token= in the page address' };
  let devices: DeviceHostLink | null = null;
  if (found.has('devices')) {
    const link = parseDeviceHostLink(hash, search);
    if (!link.ok) return { ok: false, reason: 'invalid', message: link.message };
    devices = link.link;
  }
  const candidate = {
    hub: { baseUrl: (found.get('hub') ?? origin).replace(/\/+$/, ''), token },
    devices,
    townName: found.get('town') ?? null,
    ...(found.has('status') ? { statusBase: found.get('status')?.replace(/\/+$/, '') } : {}),
    portals:
      found
        .get('portals')
        ?.split(',')
        .filter((id) => id !== '') ?? null,
    idleMs: seconds(found.get('idle'), 90_000),
    warningMs: Math.max(MIN_WARNING_MS, seconds(found.get('warning'), 30_000)),
  };
  const parsed = storedSchema.safeParse(candidate);
  if (!parsed.success)
    return {
      ok: false,
      reason: 'invalid',
      message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  return { ok: true, config: parsed.data, fromAddress: true };
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * The page's configuration: from its address when it carries one (then kept in
 * `storage`), else from what `storage` kept since.
 */
export function loadPageConfig(
  location: { hash: string; search: string; origin: string },
  storage: StorageLike,
): PageConfigResult {
  const fromAddress = configFromAddress(location.hash, location.search, location.origin);
  if (fromAddress.ok) {
    storage.setItem(storageKey, JSON.stringify(fromAddress.config));
    return fromAddress;
  }
  if (fromAddress.reason === 'invalid') return fromAddress;
  const kept = storage.getItem(storageKey);
  if (kept === null) return fromAddress;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(kept));
    if (parsed.success) return { ok: true, config: parsed.data, fromAddress: false };
  } catch {
    // fall through: a damaged entry is the same as none
  }
  return { ok: false, reason: 'absent', message: 'the stored kiosk configuration is unreadable' };
}
