import type { Migration } from '../../../sqlite';

// Enrolled devices and their one-time enrolment codes. Only hashes of secrets are kept.
export const devices: Migration = {
  version: 3,
  name: 'devices',
  sql: `
    CREATE TABLE enrolment_codes (
      code_hash TEXT PRIMARY KEY,
      role TEXT NOT NULL,
      label TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      used_at INTEGER
    );
    CREATE TABLE devices (
      id TEXT PRIMARY KEY,
      role TEXT NOT NULL,
      label TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      enrolled_at INTEGER NOT NULL,
      last_seen_at INTEGER,
      revoked_at INTEGER
    );
  `,
};
