import type { Session } from 'electron';
import type { FetchLike } from '../../../shared/contracts/hub-client';
import { chainOf } from '../harden-session';
import { certificateVerdict } from '../policy/certificate-pin';
import type { HubFetchFor } from './hub-reach';

// The setup screen reaches a hub before the app's session knows its pin (that session is
// hardened at start with the saved configuration). Its requests go through a session of
// their own, in memory, whose certificate check is the same pure verdict against the
// fingerprint IT confirmed; without one, Chromium's own verification applies. Never off.

export function pinnedHubFetch(
  setupSession: () => Session,
  clock: () => number,
  log: (message: string) => void,
): HubFetchFor {
  return (origin, fingerprint) => {
    const hostname = new URL(origin).hostname;
    const session = setupSession();
    const pin = fingerprint ? { hostname, fingerprint } : null;
    session.setCertificateVerifyProc((request, callback) => {
      const result = certificateVerdict(
        { hostname: request.hostname, chain: chainOf(request.certificate) },
        pin,
        clock(),
      );
      if (result === -2)
        log(`setup: the certificate of ${request.hostname} does not match the fingerprint given`);
      callback(result);
    });
    const fetch: FetchLike = async (url, init) => {
      const response = await session.fetch(url, {
        ...init,
        credentials: 'omit',
        redirect: 'error',
      });
      return { status: response.status, text: () => response.text() };
    };
    return fetch;
  };
}
