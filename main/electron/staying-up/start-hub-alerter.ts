import { randomUUID } from 'node:crypto';
import { createHubClient, type FetchLike } from '../../../shared/contracts/hub-client';
import { HubAlerter } from './hub-alerter';

// The app's screen-trouble reports, sent with the device's own token over the app's
// pinned session (the entry passes Electron's `net.fetch`). A device not yet enrolled has
// no hub to tell: its troubles are only logged.

export function startHubAlerter(
  hubUrl: string,
  deviceToken: () => string | undefined,
  fetch: FetchLike,
  log: (message: string) => void,
): HubAlerter {
  const client = createHubClient({ baseUrl: hubUrl, fetch, token: deviceToken });
  return new HubAlerter({
    send: async (detail, idempotencyKey) => {
      if (!deviceToken()) throw Object.assign(new Error('not enrolled yet'), { status: 401 });
      await client.command('alert:raise', { kind: 'app-trouble', detail }, { idempotencyKey });
    },
    newKey: randomUUID,
    log,
  });
}
