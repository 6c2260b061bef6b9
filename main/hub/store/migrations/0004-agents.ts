import type { Migration } from '../../../sqlite';

// Agent credentials (scrypt hashes with their own salt and cost) and login sessions.
export const agents: Migration = {
  version: 4,
  name: 'agents and sessions',
  sql: `
    CREATE TABLE agent_credentials (
      agent_id TEXT PRIMARY KEY,
      role TEXT NOT NULL,
      salt TEXT NOT NULL,
      hash TEXT NOT NULL,
      params TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      disabled_at INTEGER
    );
    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      agent_id TEXT NOT NULL REFERENCES agent_credentials (agent_id) ON DELETE CASCADE,
      role TEXT NOT NULL,
      device_id TEXT,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX sessions_expiry ON sessions (expires_at);
  `,
};
