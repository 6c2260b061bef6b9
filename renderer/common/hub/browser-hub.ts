import { createHubClient, type HubClient } from '../../../shared/contracts/hub-client';
import {
  EventStreamClient,
  type EventStreamClientOptions,
  type WebSocketLike,
} from '../../../shared/contracts/event-stream-client';
import {
  eventStreamPath,
  eventStreamUrlFor,
  type NoticeTopic,
} from '../../../shared/contracts/ws-messages';
import { webAppVersion } from './app-version';
import { newIdempotencyKey } from './idempotency-key';

/** Where a web app reaches its hub, and with which bearer token (a device's or a session's). */
export interface HubLink {
  /** e.g. `https://hub.local:8443`, without a trailing slash. */
  baseUrl: string;
  token: string;
}

/** The hub's typed HTTP client over the browser's fetch, with random idempotency keys. */
export function createBrowserHubClient(link: HubLink | (() => HubLink)): HubClient {
  const current = typeof link === 'function' ? link : () => link;
  return createHubClient({
    baseUrl: current().baseUrl,
    fetch: (url, init) => window.fetch(url, { ...init, cache: 'no-store', credentials: 'omit' }),
    token: () => current().token,
    newIdempotencyKey,
  });
}

/** `http(s)://host` → `ws(s)://host/api/v1/events`. */
export function eventStreamUrl(baseUrl: string): string {
  return baseUrl.replace(/^http/, 'ws') + eventStreamPath;
}

/** The hub's event stream over the browser's WebSocket (resume, heartbeats and backoff included). */
export function createBrowserEventStream(
  link: HubLink,
  handlers: Pick<
    EventStreamClientOptions,
    'onSnapshot' | 'onEvents' | 'onStatus' | 'onHeartbeat' | 'onNotice'
  >,
  tuning: Pick<EventStreamClientOptions, 'maxBackoffMs' | 'staleAfterMs'> & {
    /** The staff notices to ask for (the dashboard's complaints). */
    notices?: readonly NoticeTopic[];
  } = {},
): EventStreamClient {
  const { notices, ...timing } = tuning;
  return new EventStreamClient({
    url: eventStreamUrlFor(eventStreamUrl(link.baseUrl), notices),
    token: () => link.token,
    // The browser's WebSocket has the members WebSocketLike names; only its handler
    // signatures are wider (they receive full Event objects).
    createSocket: (url) => new WebSocket(url) as unknown as WebSocketLike,
    appVersion: () => webAppVersion,
    ...handlers,
    ...timing,
  });
}
