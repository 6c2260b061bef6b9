import type { Migration } from '../../../sqlite';

// Closed visits and the transactional outbox that sends them to the central API. A visit
// and its outbox row are written in the transaction of the events that closed it. A
// batch's Idempotency-Key is stored before it is sent, so a retry after a crash reuses it.
// `site_secrets` holds what makes the site's pseudonyms stable (HMAC key, install id).
export const visitsOutbox: Migration = {
  version: 6,
  name: 'visits and outbox',
  sql: `
    CREATE TABLE visits (
      visit_id TEXT PRIMARY KEY,
      day TEXT NOT NULL,
      ended_at INTEGER NOT NULL,
      record TEXT NOT NULL,
      personal_until INTEGER,
      closed_seq INTEGER NOT NULL
    );
    CREATE INDEX visits_personal ON visits (personal_until) WHERE personal_until IS NOT NULL;
    CREATE TABLE outbox (
      id INTEGER PRIMARY KEY,
      visit_id TEXT NOT NULL UNIQUE REFERENCES visits (visit_id) ON DELETE CASCADE,
      state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'quarantined')),
      batch_key TEXT,
      sent_at INTEGER,
      quarantined_at INTEGER,
      reason TEXT
    );
    CREATE INDEX outbox_queue ON outbox (state, batch_key, id);
    CREATE INDEX outbox_sent ON outbox (state, sent_at);
    CREATE TABLE sync_batches (
      key TEXT PRIMARY KEY,
      created_at INTEGER NOT NULL,
      size INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE sync_state (
      name TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE site_secrets (
      name TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    -- A hub upgraded with events already logged projects the visits still in its state once.
    INSERT INTO sync_state (name, value) SELECT 'visits-backfill', 'pending' WHERE EXISTS (SELECT 1 FROM events);
  `,
};
