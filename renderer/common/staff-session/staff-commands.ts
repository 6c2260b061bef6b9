import {
  commandRoutes,
  type CommandAnswer,
  type CommandBody,
} from '../../../shared/contracts/commands';
import type { HubClient } from '../../../shared/contracts/hub-client';
import type { CommandType } from '../../../shared/engine';
import type { BackoffPolicy } from '../../../shared/retry/backoff';
import { newIdempotencyKey, untilAnswered } from '../hub';

/**
 * How a staff app sends its commands:
 * - `recommended`: an Idempotency-Key only where the hub's contract recommends one (a blind
 *   retry could act twice), and a request the hub did not answer is sent again under the
 *   same key, up to `maxAttempts` tries in all; without a key it is sent once.
 * - `always`: a fresh key on every command (every command route accepts one), sent once.
 */
export type StaffCommandPolicy =
  { keys: 'recommended'; backoff: BackoffPolicy; maxAttempts: number } | { keys: 'always' };

export type Guarded = <T>(call: (hub: HubClient) => Promise<T>) => Promise<T>;

export function sendStaffCommand<T extends CommandType>(
  guarded: Guarded,
  policy: StaffCommandPolicy,
  type: T,
  body: CommandBody<T>,
): Promise<CommandAnswer> {
  if (policy.keys === 'always') {
    const idempotencyKey = newIdempotencyKey();
    return guarded((hub) => hub.command(type, body, { idempotencyKey }));
  }
  const key =
    commandRoutes[type].idempotencyKey === 'recommended' ? newIdempotencyKey() : undefined;
  return guarded(async (hub) => {
    if (!key) return hub.command(type, body);
    let lastError: unknown;
    const outcome = await untilAnswered(
      () =>
        hub.command(type, body, { idempotencyKey: key }).catch((error: unknown) => {
          lastError = error;
          throw error;
        }),
      { backoff: policy.backoff, maxAttempts: policy.maxAttempts },
    );
    if (outcome.ok) return outcome.value;
    throw lastError;
  });
}
