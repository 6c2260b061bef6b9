import type { StreamStatus } from '../../../shared/contracts/event-stream-client';

/**
 * What the agent reads about the link to the hub. `live`: up to date. `reconnecting`: the
 * link dropped and is being re-established. `offline`: several attempts failed in a row
 * (or the browser has no network); it keeps trying. `ended`: the hub refused the session.
 */
export type LinkState = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'ended';

/** Failed attempts in a row after which "reconnecting" reads "offline". */
export const OFFLINE_AFTER_ATTEMPTS = 3;

export function linkState(
  status: StreamStatus,
  failedAttempts: number,
  browserOnline: boolean,
): LinkState {
  if (status === 'refused' || status === 'stopped') return 'ended';
  if (status === 'live') return 'live';
  if (!browserOnline || failedAttempts >= OFFLINE_AFTER_ATTEMPTS) return 'offline';
  return status === 'connecting' ? 'connecting' : 'reconnecting';
}
