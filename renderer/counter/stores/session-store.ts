import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  commandRoutes,
  type CommandAnswer,
  type CommandBody,
} from '../../../shared/contracts/commands';
import type { HubClient } from '../../../shared/contracts/hub-client';
import type { AgentRole } from '../../../shared/contracts/roles';
import type { CommandType } from '../../../shared/engine';
import type { BackoffPolicy } from '../../../shared/retry/backoff';
import { createBrowserHubClient, newIdempotencyKey, untilAnswered } from '../../common/hub';
import { hubLink } from '../hub/hub-link';
import { endsSession, refusalOf, type Refusal } from '../logic/refusal';

export interface SignedInAgent {
  agentId: string;
  role: AgentRole;
  expiresAt: number;
}

/** Why the login screen is showing again. */
export type SignOutReason = 'logged-out' | 'expired' | 'revoked';

/** Waits before resending a command the hub did not answer, with the same Idempotency-Key. */
const RETRY_BACKOFF: BackoffPolicy = { baseMs: 300, capMs: 1_000, jitter: 'none' };
/** The first try and two retries, then the agent is told (an agent waits at the desk). */
const MAX_ATTEMPTS = 3;

/**
 * The agent's session: who is signed in and the token the hub gave them. The token stays
 * in memory only (never in web storage): a reload means a new login, and the counter the
 * agent held open is offered back to them.
 */
export const useSessionStore = defineStore('session', () => {
  let token: string | null = null;
  const agent = ref<SignedInAgent | null>(null);
  const signedOut = ref<{ reason: SignOutReason; detail?: string } | null>(null);
  const client: HubClient = createBrowserHubClient(() => hubLink(token));

  const isManager = computed(
    () => agent.value?.role === 'manager' || agent.value?.role === 'admin',
  );

  async function login(agentId: string, password: string): Promise<Refusal | null> {
    try {
      const answer = await client.login({ agentId, password });
      token = answer.token;
      agent.value = { agentId: answer.agentId, role: answer.role, expiresAt: answer.expiresAt };
      signedOut.value = null;
      return null;
    } catch (error) {
      return refusalOf(error);
    }
  }

  function forget(reason: SignOutReason, detail?: string): void {
    token = null;
    agent.value = null;
    signedOut.value = { reason, ...(detail ? { detail } : {}) };
  }

  /** Ends the session on the hub too; forgets it here even when the hub is unreachable. */
  async function logout(): Promise<void> {
    try {
      if (token) await client.logout();
    } catch {
      // The session ends here anyway; the hub's copy expires on its own.
    }
    forget('logged-out');
  }

  /** The hub said the session is over (expired, revoked): back to the login screen. */
  function expire(detail?: string, reason: SignOutReason = 'expired'): void {
    if (agent.value) forget(reason, detail);
  }

  /** Runs a hub call; a refusal that ends the session signs the agent out. */
  async function guarded<T>(call: (hub: HubClient) => Promise<T>): Promise<T> {
    try {
      return await call(client);
    } catch (error) {
      const refusal = refusalOf(error);
      if (endsSession(refusal))
        expire(refusal.message, refusal.code === 'session-expired' ? 'expired' : 'revoked');
      throw error;
    }
  }

  /**
   * Sends a command. Where a blind retry could act twice the hub's contract recommends an
   * Idempotency-Key: one is made per action, and a request the hub did not answer is sent
   * again (a few times) under the same key. Without a key it is sent once.
   */
  function command<T extends CommandType>(type: T, body: CommandBody<T>): Promise<CommandAnswer> {
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
        { backoff: RETRY_BACKOFF, maxAttempts: MAX_ATTEMPTS },
      );
      if (outcome.ok) return outcome.value;
      throw lastError;
    });
  }

  return {
    agent,
    signedOut,
    isManager,
    token: () => token,
    login,
    logout,
    expire,
    guarded,
    command,
  };
});
