import type { HubLink } from '../../common/hub';

// Where the console finds its hub: the origin that served the page (the hub serves the
// web apps), so the same build works on any site and in Electron loading the hub's URL.

export function hubLink(token: string | null): HubLink {
  return { baseUrl: window.location.origin, token: token ?? '' };
}

/**
 * 128 random bits as hex, for Idempotency-Keys. `crypto.getRandomValues` works on a
 * plain-HTTP page too, where `crypto.randomUUID` is missing (it needs a secure context).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
