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
