import {
  createHubClient,
  type FetchLike,
  type HubClient,
} from '../../../shared/contracts/hub-client';
import { eventStreamPath } from '../../../shared/contracts/ws-messages';

// Where the console finds its hub: the origin that served the page (the hub serves the
// web apps), so the same build works on any site and in Electron loading the hub's URL.

export function hubOrigin(): string {
  return window.location.origin;
}

export function eventsUrl(origin = hubOrigin()): string {
  return `${origin.replace(/^http/, 'ws')}${eventStreamPath}`;
}

/**
 * 128 random bits as hex. `crypto.getRandomValues` works on plain-HTTP LAN pages too,
 * where `crypto.randomUUID` is missing (it needs a secure context).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const browserFetch: FetchLike = (url, init) =>
  window.fetch(url, { ...init, cache: 'no-store', credentials: 'omit' });

export function createBrowserHubClient(token: () => string | undefined): HubClient {
  return createHubClient({
    baseUrl: hubOrigin(),
    fetch: browserFetch,
    token,
    newIdempotencyKey,
  });
}
