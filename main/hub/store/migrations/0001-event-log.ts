import type { Migration } from '../../../sqlite';

// The append-only log of domain events: the source of truth the state is rebuilt from.
// `actor` records who caused each event (audit), never personal data.
export const eventLog: Migration = {
  version: 1,
  name: 'event log',
  sql: `
    CREATE TABLE events (
      seq INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      type TEXT NOT NULL,
      payload TEXT NOT NULL,
      actor TEXT NOT NULL
    );
    CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
  `,
};
