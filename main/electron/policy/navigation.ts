// Where a window (or, later, the locked e-services view) may go. Every navigation,
// redirect, frame navigation and window.open is parsed with the WHATWG URL parser, the
// one Chromium follows, and compared by exact origin: no prefix or suffix match, so a
// look-alike host never passes, and a URL carrying a user name or password is refused
// outright (`https://hub.local@evil.example` is evil.example; `https://x@hub.local` hides
// intent). Only `app:` and `https:` may ever be allowed.

export type NavigationRefusal = 'unparsable' | 'scheme' | 'credentials' | 'origin';

export type NavigationVerdict =
  { allow: true; origin: string } | { allow: false; reason: NavigationRefusal; message: string };

const allowedSchemes = new Set(['app:', 'https:']);

/**
 * The origin of a URL as `scheme://host[:port]`, lower-case, default port dropped. The
 * WHATWG parser gives `null` as the origin of non-special schemes such as `app:`, so it
 * is composed here from the parsed parts; its host is lower-cased as Chromium does for a
 * scheme registered as standard (the app's is).
 */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host.toLowerCase()}`;
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** The exact origins a rule set allows, normalised through the same parser. */
export function normaliseOrigins(origins: readonly string[]): Set<string> {
  const normalised = new Set<string>();
  for (const origin of origins) {
    const url = parse(origin);
    if (!url || !allowedSchemes.has(url.protocol) || url.username || url.password)
      throw new Error(
        `${JSON.stringify(origin)} cannot be allowed: give an app: or https: origin, without user name`,
      );
    normalised.add(originOf(url));
  }
  return normalised;
}

export function checkNavigation(raw: string, allowed: ReadonlySet<string>): NavigationVerdict {
  const url = parse(raw);
  const shown = JSON.stringify(raw.slice(0, 120));
  if (!url) return { allow: false, reason: 'unparsable', message: `${shown} is not a URL` };
  if (!allowedSchemes.has(url.protocol))
    return {
      allow: false,
      reason: 'scheme',
      message: `${url.protocol} addresses are never opened (${shown})`,
    };
  if (url.username !== '' || url.password !== '')
    return {
      allow: false,
      reason: 'credentials',
      message: `an address with a user name or password is refused (${shown})`,
    };
  // `app:` is not a special scheme: an empty host would be a path-only URL.
  if (url.host === '')
    return { allow: false, reason: 'unparsable', message: `${shown} names no host` };
  const origin = originOf(url);
  if (!allowed.has(origin))
    return { allow: false, reason: 'origin', message: `${origin} is not an allowed origin` };
  return { allow: true, origin };
}
