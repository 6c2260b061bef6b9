import type { AgentRole } from '../../../shared/contracts/roles';
import { HubError } from '../server/hub-error';
import type { AgentStore, Session } from '../store/agent-store';
import { defaultScryptParams, hashPassword, verifyPassword, type PasswordHash } from './password';
import { FailureLimiter } from './failure-limiter';

export interface LoginLimits {
  perAgent: number;
  perAddress: number;
  windowMs: number;
}

export const defaultLoginLimits: LoginLimits = {
  perAgent: 5,
  perAddress: 20,
  windowMs: 15 * 60_000,
};

/**
 * Agent login: scrypt verification, failures limited per agent and per address, and a
 * session of bounded life on success. An unknown agent costs the same time as a wrong
 * password, so timing does not reveal which agent ids exist.
 */
export class LoginService {
  private readonly byAgent: FailureLimiter;
  private readonly byAddress: FailureLimiter;
  private decoy: Promise<PasswordHash> | undefined;

  constructor(
    private readonly agents: AgentStore,
    private readonly sessionMs: number,
    private readonly limits: LoginLimits = defaultLoginLimits,
    private readonly scryptParams = defaultScryptParams,
  ) {
    this.byAgent = new FailureLimiter(limits.perAgent, limits.windowMs);
    this.byAddress = new FailureLimiter(limits.perAddress, limits.windowMs);
  }

  async login(
    input: { agentId: string; password: string; deviceId: string | null },
    address: string,
    clock: () => number,
  ): Promise<{ token: string; session: Session }> {
    const wait = Math.max(
      this.byAgent.retryAfter(input.agentId, clock()),
      this.byAddress.retryAfter(address, clock()),
    );
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new HubError(
        'rate-limited',
        `too many failed logins: wait ${seconds} s before trying again, or ask an administrator to reset the password`,
        { retryAfterSeconds: seconds },
        { 'retry-after': String(seconds) },
      );
    }
    // Counted as failures before the (slow) check, so parallel guesses cannot slip
    // past the limit while earlier ones are still being verified.
    const startedAt = clock();
    this.byAgent.fail(input.agentId, startedAt);
    this.byAddress.fail(address, startedAt);
    const credential = this.agents.credential(input.agentId);
    const stored = credential ?? (await this.decoyHash());
    const valid = await verifyPassword(input.password, stored);
    if (!credential || !valid || credential.disabled)
      throw new HubError(
        'unauthenticated',
        'wrong agent id or password (or the account is disabled): check them and try again',
      );
    this.byAddress.forgive(address, startedAt);
    this.byAgent.reset(input.agentId);
    return this.agents.openSession(
      credential.agentId,
      credential.role,
      input.deviceId,
      clock(),
      this.sessionMs,
    );
  }

  async setPassword(agentId: string, role: AgentRole, password: string, now: number) {
    this.agents.setCredential(agentId, role, await hashPassword(password, this.scryptParams), now);
    this.byAgent.reset(agentId);
  }

  private decoyHash(): Promise<PasswordHash> {
    this.decoy ??= hashPassword('decoy', this.scryptParams);
    return this.decoy;
  }
}
