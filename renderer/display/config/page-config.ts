import { z } from 'zod';
import type { HubLink } from '../../common/hub';

// How a display page learns its hub and who it is. The device (a TV stick's browser, or
// Electron's display mode) opens it once as
//
//   https://hub.local/display/#token=<display device token>
//
// The fragment never reaches a server; the page removes it from the address bar at once
// and keeps it in sessionStorage (a reload works; closing the window forgets it).
// Optional keys:
//   hub=<URL>            the hub, when it is not the page's origin
//   voice=system|hub     'system' (default): the machine's own voice where it has one for
//                        the language, else the hub's; 'hub': always the hub's offline voice
//   sound=on             sound allowed without a touch (Electron's display mode allows autoplay)

export interface DisplayPageConfig {
  hub: HubLink;
  voice: 'system' | 'hub';
  autoplay: boolean;
}

export const storageKey = 'accueil.display.page';

const configSchema = z.strictObject({
  hub: z.strictObject({
    baseUrl: z.string().regex(/^https?:\/\/[^\s/?#]+$/, 'an origin such as https://hub.local'),
    token: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,200}$/, 'a device token: 16 to 200 of A-Z a-z 0-9 _ -'),
  }),
  voice: z.enum(['system', 'hub']),
  autoplay: z.boolean(),
});

export type DisplayConfigResult =
  { ok: true; config: DisplayPageConfig; fromAddress: boolean } | { ok: false; message: string };

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadDisplayConfig(
  location: { hash: string; origin: string },
  storage: StorageLike,
): DisplayConfigResult {
  const found = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = found.get('token');
  if (token === null) {
    const kept = storage.getItem(storageKey);
    const parsed = kept ? configSchema.safeParse(JSON.parse(kept)) : null;
    return parsed?.success
      ? { ok: true, config: parsed.data, fromAddress: false }
      : {
          ok: false,
          message:
            'no token= in the page address: open /display/#token=<the token this display got when it was enrolled>',
        };
  }
  const parsed = configSchema.safeParse({
    hub: { baseUrl: (found.get('hub') ?? location.origin).replace(/\/+$/, ''), token },
    voice: found.get('voice') ?? 'system',
    autoplay: found.get('sound') === 'on',
  });
  if (!parsed.success)
    return {
      ok: false,
      message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  storage.setItem(storageKey, JSON.stringify(parsed.data));
  return { ok: true, config: parsed.data, fromAddress: true };
}
