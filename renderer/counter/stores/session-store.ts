import { defineStore } from 'pinia';
import { computed } from 'vue';
import type { BackoffPolicy } from '../../../shared/retry/backoff';
import { useStaffSession } from '../../common/staff-session/staff-session';

/** Waits before resending a command the hub did not answer, with the same Idempotency-Key. */
const RETRY_BACKOFF: BackoffPolicy = { baseMs: 300, capMs: 1_000, jitter: 'none' };
/** The first try and two retries, then the agent is told (an agent waits at the desk). */
const MAX_ATTEMPTS = 3;

/**
 * The agent's session (the staff apps' one, `common/staff-session`): any role may sign in,
 * and a command carries an Idempotency-Key where the hub's contract recommends one, resent
 * under the same key when unanswered. A reload means a new login, and the counter the
 * agent held open is offered back to them.
 */
export const useSessionStore = defineStore('session', () => {
  const session = useStaffSession({
    commands: { keys: 'recommended', backoff: RETRY_BACKOFF, maxAttempts: MAX_ATTEMPTS },
  });
  const isManager = computed(
    () => session.agent.value?.role === 'manager' || session.agent.value?.role === 'admin',
  );
  return { ...session, isManager };
});
