import { qrPayloadSchema } from '../../shared/print/content';

// A ticket's QR code leads the visitor's phone to the ticket's status page. The phone is
// rarely on the site's network, so the address starts with the town's published base
// (the kiosk page's `status=` option), not necessarily the hub's own origin. The token
// sits in the fragment: it never reaches a server log or a Referer header.

/** `https://ville.example.fr/accueil` + token → `https://ville.example.fr/accueil/status/#t=<token>`. */
export function statusUrl(publicBase: string, token: string): string {
  const url = `${publicBase.replace(/\/+$/, '')}/status/#t=${token}`;
  // A base no QR payload may hold (an IPv6 literal hub, say) leaves the bare token, which
  // still names the ticket for staff; the page configuration refuses such a `status=`.
  return qrPayloadSchema.safeParse(url).success ? url : token;
}

/** Whether `base` makes status addresses a printed QR code can carry. */
export function isStatusBase(base: string): boolean {
  return (
    /^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(base) &&
    qrPayloadSchema.safeParse(`${base.replace(/\/+$/, '')}/status/#t=${'x'.repeat(22)}`).success
  );
}
