import type { AgentRole } from '../../../shared/contracts/roles';
import { hashSecret, newToken } from '../auth/secrets';
import type { PasswordHash } from '../auth/password';
import type { Db } from './open-database';
import { statementCache } from './statement-cache';

export interface AgentCredential extends PasswordHash {
  agentId: string;
  role: AgentRole;
  disabled: boolean;
}

export interface Session {
  agentId: string;
  role: AgentRole;
  deviceId: string | null;
  createdAt: number;
  expiresAt: number;
}

/** Agents' password hashes and their login sessions (tokens stored hashed). */
export class AgentStore {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  setCredential(agentId: string, role: AgentRole, password: PasswordHash, now: number) {
    this.sql(
      `INSERT INTO agent_credentials (agent_id, role, salt, hash, params, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (agent_id) DO UPDATE SET role = excluded.role, salt = excluded.salt,
           hash = excluded.hash, params = excluded.params, updated_at = excluded.updated_at,
           disabled_at = NULL`,
    ).run(agentId, role, password.salt, password.hash, JSON.stringify(password.params), now);
  }

  credential(agentId: string): AgentCredential | undefined {
    const row = this.sql('SELECT * FROM agent_credentials WHERE agent_id = ?').get(agentId) as
      | {
          agent_id: string;
          role: AgentRole;
          salt: string;
          hash: string;
          params: string;
          disabled_at: number | null;
        }
      | undefined;
    if (!row) return undefined;
    return {
      agentId: row.agent_id,
      role: row.role,
      salt: row.salt,
      hash: row.hash,
      params: JSON.parse(row.params) as PasswordHash['params'],
      disabled: row.disabled_at !== null,
    };
  }

  list(): { agentId: string; role: AgentRole; disabled: boolean }[] {
    return (
      this.sql(
        'SELECT agent_id, role, disabled_at FROM agent_credentials ORDER BY agent_id',
      ).all() as { agent_id: string; role: AgentRole; disabled_at: number | null }[]
    ).map((row) => ({ agentId: row.agent_id, role: row.role, disabled: row.disabled_at !== null }));
  }

  /** Disables an agent and ends all their sessions; false for an unknown agent. */
  disable(agentId: string, now: number): boolean {
    return this.db.transaction(() => {
      this.sql('DELETE FROM sessions WHERE agent_id = ?').run(agentId);
      return (
        this.sql('UPDATE agent_credentials SET disabled_at = ? WHERE agent_id = ?').run(
          now,
          agentId,
        ).changes > 0
      );
    })();
  }

  openSession(
    agentId: string,
    role: AgentRole,
    deviceId: string | null,
    now: number,
    ttlMs: number,
  ): { token: string; session: Session } {
    const token = newToken();
    const session: Session = { agentId, role, deviceId, createdAt: now, expiresAt: now + ttlMs };
    this.sql(
      'INSERT INTO sessions (token_hash, agent_id, role, device_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(hashSecret(token), agentId, role, deviceId, now, session.expiresAt);
    return { token, session };
  }

  session(token: string): Session | undefined {
    const row = this.sql('SELECT * FROM sessions WHERE token_hash = ?').get(hashSecret(token)) as
      | {
          agent_id: string;
          role: AgentRole;
          device_id: string | null;
          created_at: number;
          expires_at: number;
        }
      | undefined;
    return (
      row && {
        agentId: row.agent_id,
        role: row.role,
        deviceId: row.device_id,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      }
    );
  }

  closeSession(token: string): boolean {
    return this.sql('DELETE FROM sessions WHERE token_hash = ?').run(hashSecret(token)).changes > 0;
  }

  purgeSessions(now: number): number {
    return this.sql('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
  }
}
