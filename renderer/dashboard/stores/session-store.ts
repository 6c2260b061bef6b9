import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { CommandAnswer, CommandBody } from '../../../shared/contracts/commands';
import type { HubClient } from '../../../shared/contracts/hub-client';
import type { AgentRole } from '../../../shared/contracts/roles';
import type { CommandType } from '../../../shared/engine';
import { createBrowserHubClient, newIdempotencyKey } from '../../common/hub';
import { endsSession, refusalOf, type Refusal } from '../../common/hub/refusal';

export interface SignedInManager {
  agentId: string;
  role: AgentRole;
  expiresAt: number;
}

export type SignOutReason = 'logged-out' | 'expired' | 'revoked' | 'not-a-manager';

/**
 * The manager's session. The token stays in memory only (never in web storage): a reload
 * means a new login. Only the manager and admin roles may use the dashboard; the hub
 * checks each route's roles again.
 */
export const useSessionStore = defineStore('session', () => {
  let token: string | null = null;
  const agent = ref<SignedInManager | null>(null);
  const signedOut = ref<{ reason: SignOutReason; detail?: string } | null>(null);
  const client: HubClient = createBrowserHubClient(() => ({
    baseUrl: window.location.origin,
    token: token ?? '',
  }));
  const isAdmin = computed(() => agent.value?.role === 'admin');

  async function login(agentId: string, password: string): Promise<Refusal | null> {
    try {
      const answer = await client.login({ agentId, password });
      if (answer.role !== 'manager' && answer.role !== 'admin') {
        token = answer.token;
        await client.logout().catch(() => undefined);
        token = null;
        signedOut.value = { reason: 'not-a-manager' };
        return null;
      }
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

  async function logout(): Promise<void> {
    try {
      if (token) await client.logout();
    } catch {
      // Forgotten here anyway; the hub's copy expires on its own.
    }
    forget('logged-out');
  }

  function expire(detail?: string, reason: SignOutReason = 'expired'): void {
    if (agent.value) forget(reason, detail);
  }

  /** Runs a hub call; a refusal that ends the session signs the manager out. */
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
   * Sends a command under a fresh Idempotency-Key (every command route accepts one), so a
   * manager's action that the hub saw once is never applied twice.
   */
  function command<T extends CommandType>(type: T, body: CommandBody<T>): Promise<CommandAnswer> {
    const idempotencyKey = newIdempotencyKey();
    return guarded((hub) => hub.command(type, body, { idempotencyKey }));
  }

  return { agent, signedOut, isAdmin, token: () => token, login, logout, expire, guarded, command };
});
