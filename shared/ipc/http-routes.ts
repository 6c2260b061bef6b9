// The device host's HTTP surface (web mode), shared by the server and the HTTP bridge.
//
//   POST {base}/<channel>        a device or demo channel; JSON body = the request,
//                                answer = the channel's result envelope
//   GET  {base}/events           Server-Sent Events: `event: <name>`, `data: <json>`
//
// Requests carry `Authorization: Bearer <token>`; the event stream, which EventSource
// cannot give headers to, carries `?token=`. The token is random for each run of the host.

export const deviceHostBasePath = '/device/v1';
export const deviceEventsPath = `${deviceHostBasePath}/events`;

export function channelPath(channel: string): string {
  return `${deviceHostBasePath}/${channel}`;
}

export const eventsTokenParam = 'token';
/** Where a reopened stream says what it saw last (EventSource sends a header instead). */
export const lastEventIdParam = 'lastEventId';

/**
 * How a kiosk page learns where its device host is: `#devices=<url>&deviceToken=<token>`
 * after the page's address (a fragment never reaches the hub that served the page, nor
 * a Referer), or the same two as query parameters.
 */
export const bridgeLinkParams = { url: 'devices', token: 'deviceToken' } as const;

export interface DeviceHostLink {
  url: string;
  token: string;
}

/** `devices=…&deviceToken=…`, to append after `#` (or `?`) to the kiosk page's address. */
export function deviceHostLinkParams(link: DeviceHostLink): string {
  return (
    `${bridgeLinkParams.url}=${encodeURIComponent(link.url)}` +
    `&${bridgeLinkParams.token}=${encodeURIComponent(link.token)}`
  );
}

const loopbackUrl = /^http:\/\/(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost)(?::\d{1,5})?$/;
const tokenPattern = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * Reads the device host's address from a page's fragment or query string. Only a plain
 * http URL on loopback is accepted: a link can never point a kiosk at a device host on
 * another machine.
 */
export function parseDeviceHostLink(
  ...sources: string[]
):
  | { ok: true; link: DeviceHostLink }
  | { ok: false; reason: 'absent' | 'invalid'; message: string } {
  for (const source of sources) {
    const params = new Map<string, string>();
    for (const pair of source.replace(/^[#?]/, '').split('&')) {
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      try {
        params.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' ')));
      } catch {
        // a malformed escape: treat the parameter as absent
      }
    }
    const url = params.get(bridgeLinkParams.url);
    if (url === undefined) continue;
    const token = params.get(bridgeLinkParams.token) ?? '';
    const base = url.replace(/\/+$/, '');
    if (!loopbackUrl.test(base))
      return {
        ok: false,
        reason: 'invalid',
        message: `the device host address must be http on loopback (127.0.0.1, [::1] or localhost), not ${JSON.stringify(url.slice(0, 100))}`,
      };
    if (!tokenPattern.test(token))
      return {
        ok: false,
        reason: 'invalid',
        message: `the device host link needs its token (${bridgeLinkParams.token}, 16 to 128 of A-Z a-z 0-9 _ -)`,
      };
    return { ok: true, link: { url: base, token } };
  }
  return { ok: false, reason: 'absent', message: 'no device host address in the page address' };
}
