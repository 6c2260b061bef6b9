import { ref } from 'vue';
import type { CommandAnswer, CommandBody } from '../../../shared/contracts/commands';
import type { HubClient } from '../../../shared/contracts/hub-client';
import type { AgentRole } from '../../../shared/contracts/roles';
import type { CommandType } from '../../../shared/engine';
import { createBrowserHubClient } from '../hub';
import { endsSession, refusalOf, type Refusal } from '../hub/refusal';
import { staffHubLink } from './hub-link';
import { sendStaffCommand, type StaffCommandPolicy } from './staff-commands';

export interface SignedInStaff {
  agentId: string;
  role: AgentRole;
  expiresAt: number;
}

/** Why the login screen is showing again. */
export type StaffSignOutReason = 'logged-out' | 'expired' | 'revoked';

export interface StaffSessionOptions<Refused extends string> {
  commands: StaffCommandPolicy;
  /** Who may use the app: anyone else is signed out again at once, told `otherwise`. */
  admits?: { roles: readonly AgentRole[]; otherwise: Refused };
}

/**
 * A member of staff's session, for a staff app's Pinia setup store: who is signed in and
 * the token the hub gave them. The token stays in memory only (never in web storage): a
 * reload means a new login. A refusal that ends the session signs them out.
 */
export function useStaffSession<Refused extends string = never>(
  options: StaffSessionOptions<Refused>,
) {
  let token: string | null = null;
  const agent = ref<SignedInStaff | null>(null);
  const signedOut = ref<{ reason: StaffSignOutReason | Refused; detail?: string } | null>(null);
  const client: HubClient = createBrowserHubClient(() => staffHubLink(token));

  async function login(agentId: string, password: string): Promise<Refusal | null> {
    try {
      const answer = await client.login({ agentId, password });
      token = answer.token;
      const admits = options.admits;
      if (admits && !admits.roles.includes(answer.role)) {
        await client.logout().catch(() => undefined);
        token = null;
        signedOut.value = { reason: admits.otherwise };
        return null;
      }
      agent.value = { agentId: answer.agentId, role: answer.role, expiresAt: answer.expiresAt };
      signedOut.value = null;
      return null;
    } catch (error) {
      return refusalOf(error);
    }
  }

  function forget(reason: StaffSignOutReason, detail?: string): void {
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
  function expire(detail?: string, reason: StaffSignOutReason = 'expired'): void {
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

  /** Sends a command as the app's policy says (see `StaffCommandPolicy`). */
  function command<T extends CommandType>(type: T, body: CommandBody<T>): Promise<CommandAnswer> {
    return sendStaffCommand(guarded, options.commands, type, body);
  }

  return { agent, signedOut, token: () => token, login, logout, expire, guarded, command };
}
