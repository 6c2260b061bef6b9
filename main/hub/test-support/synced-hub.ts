import type { CommandAnswer } from '../../../shared/contracts/commands';
import type { DeliveryMedium } from '../../../shared/engine';
import type { CentralSandbox } from '../../central-sandbox/sandbox';
import type { CentralSettingsInput } from '../../config/central-settings';
import type { CommandRequest } from '../core/queue-authority';
import type { StartHubOptions } from '../start-hub';
import type { SyncProgress } from '../sync/sync-worker';
import { startTestHub, type TestHub } from './test-hub';
import { waitUntil, type Signal } from './wait-until';

/** Backoff in milliseconds rather than seconds, so that retries happen within a test. */
export const quickSync: NonNullable<StartHubOptions['syncTiming']> = {
  backoff: { baseMs: 5, capMs: 40, maxRetryAfterMs: 1_500 },
  lingerMs: 5,
  idleCheckMs: 2_000,
};

/** A test hub whose sync worker talks to `sandbox` (the real central sandbox). */
export function startSyncedHub(
  sandbox: CentralSandbox,
  central: Partial<CentralSettingsInput> = {},
  options: Partial<StartHubOptions> = {},
): Promise<TestHub> {
  return startTestHub({
    syncTiming: quickSync,
    ...options,
    settings: {
      central: {
        baseUrl: sandbox.url,
        siteId: sandbox.siteId,
        token: sandbox.token,
        timeoutSeconds: 5,
        ...central,
      },
      ...options.settings,
    },
  });
}

/** Signals: the hub's sync worker settled a batch; the sandbox got or answered a request. */
export function syncSignals(t: TestHub, sandbox?: CentralSandbox): Signal[] {
  const signals: Signal[] = [(wake) => t.hub.context.sync.onProgress((_: SyncProgress) => wake())];
  if (sandbox) signals.push((wake) => sandbox.onActivity(wake));
  return signals;
}

export function waitForSync(
  t: TestHub,
  sandbox: CentralSandbox | undefined,
  what: string,
  condition: () => boolean,
  timeoutMs?: number,
): Promise<void> {
  return waitUntil(what, condition, syncSignals(t, sandbox), timeoutMs);
}

/**
 * Closes `count` visits in the hub, as a busy day would: counter g1 opens, then each
 * ticket is issued, called, started and finished (every fifth is cancelled instead, every
 * seventh a no-show). Two transactions per visit, straight through the queue authority.
 */
export function closeVisits(
  t: TestHub,
  count: number,
  service = 'iris',
  /** How the i-th ticket reached its visitor, if the kiosk said. */
  delivery: (i: number) => DeliveryMedium | undefined = () => undefined,
): string[] {
  const authority = t.hub.context.authority;
  const system = { role: 'system' as const };
  const run = (...requests: CommandRequest['command'][]) =>
    authority.executeBatch(requests.map((command) => ({ command, actor: system }))).map((o) => {
      if (o.status !== 200) throw new Error(JSON.stringify(o.body));
      return o.body as CommandAnswer;
    });
  if (authority.state.counters.g1?.status !== 'open')
    run({ type: 'counter:open', counterId: 'g1', agentId: 'ag1', services: [] });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const [issued] = run({
      type: 'ticket:issue',
      service,
      priority: i % 9 === 0,
      channel: 'kiosk',
      language: 'fr',
    });
    const event = issued?.events[0];
    if (event?.type !== 'ticket:issued') throw new Error('no ticket issued');
    const { ticketId } = event;
    ids.push(ticketId);
    const medium = delivery(i);
    if (medium) run({ type: 'ticket:deliver', ticketId, medium });
    if (i % 5 === 4) run({ type: 'ticket:cancel', ticketId });
    else if (i % 7 === 6)
      run({ type: 'counter:call-next', counterId: 'g1' }, { type: 'ticket:no-show', ticketId });
    else
      run(
        { type: 'counter:call-next', counterId: 'g1' },
        { type: 'ticket:start', ticketId },
        { type: 'ticket:finish', ticketId, outcome: 'answered' },
      );
  }
  return ids;
}
