import { createHubClient, type FetchLike } from '../../../shared/contracts/hub-client';
import { PortalCatalogue } from './portal-catalogue';

// The kiosk's portal list, read with the device's own token over the app's pinned session
// (the entry passes Electron's `net.fetch`, as for the hub alerts).

export function hubPortalCatalogue(
  hubUrl: string,
  deviceToken: () => string | undefined,
  fetch: FetchLike,
  log: (message: string) => void,
): PortalCatalogue {
  const client = createHubClient({ baseUrl: hubUrl, fetch, token: deviceToken });
  return new PortalCatalogue({
    fetchPortals: async () => {
      if (!deviceToken()) throw new Error('this kiosk is not enrolled yet');
      return client.eservices();
    },
    clock: Date.now,
    log,
  });
}
