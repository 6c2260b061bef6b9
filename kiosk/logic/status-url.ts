import { qrPayloadSchema } from '../../shared/print/content';

// A ticket's QR code leads the visitor's phone to the ticket's status page. The phone is
// rarely on the site's network, so the address starts with the town's published origin
// (the kiosk page's `status=` option), not necessarily the hub's own. An origin, not a
// path: the built pages load their assets from the root (`/assets/`). The token sits in
// the fragment: it never reaches a server log or a Referer header.

/** `https://accueil.ville.fr` + token → `https://accueil.ville.fr/status/#t=<token>`. */
export function statusUrl(publicOrigin: string, token: string): string {
  const url = `${publicOrigin.replace(/\/+$/, '')}/status/#t=${token}`;
  // An origin no QR payload may hold (an IPv6 literal hub, say) leaves the bare token,
  // which still names the ticket for staff; the page configuration refuses such a `status=`.
  return qrPayloadSchema.safeParse(url).success ? url : token;
}

const sampleToken = 'x'.repeat(22);

/** Whether `origin` (http(s), a trailing slash allowed) makes addresses a QR code can carry. */
export function isStatusOrigin(origin: string): boolean {
  return (
    /^https?:\/\/[^/?#@\s]+\/?$/.test(origin) && statusUrl(origin, sampleToken) !== sampleToken
  );
}
