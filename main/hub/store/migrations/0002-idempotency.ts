import type { Migration } from '../../../sqlite';

// Answers already given to creating commands, so a retried request gets the same answer.
export const idempotency: Migration = {
  version: 2,
  name: 'idempotency keys',
  sql: `
    CREATE TABLE idempotency_keys (
      scope TEXT NOT NULL,
      key TEXT NOT NULL,
      request_hash TEXT NOT NULL,
      status INTEGER NOT NULL,
      response TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (scope, key)
    );
    CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
  `,
};
