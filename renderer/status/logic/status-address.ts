// The status page's address: `<public base>/status/#t=<token>`, as a ticket's QR code
// carries it. The token is the only credential (the hub answers anyone who holds it) and
// stays in the fragment, which browsers never send to a server nor in a Referer header.

const tokenPattern = /^[A-Za-z0-9_-]{8,128}$/;

/** The ticket's token from the page fragment, or null when there is none (or a malformed one). */
export function tokenFromFragment(hash: string): string | null {
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0 || pair.slice(0, at) !== 't') continue;
    const value = pair.slice(at + 1);
    return tokenPattern.test(value) ? value : null;
  }
  return null;
}

/**
 * Where the hub's API is, seen from this page: the same origin and path prefix as the
 * page itself (`https://ville.fr/accueil/status/` → `https://ville.fr/accueil`), so a
 * town that publishes the hub under a prefix needs nothing else configured.
 */
export function apiBaseOf(origin: string, pathname: string): string {
  const at = pathname.lastIndexOf('/status/');
  const prefix = at >= 0 ? pathname.slice(0, at) : '';
  return `${origin}${prefix}`;
}
