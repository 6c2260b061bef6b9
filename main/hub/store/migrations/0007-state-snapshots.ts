import type { Migration } from '../../../sqlite';

// Copies of the queue state at a sequence number, so that a start replays only the events
// after the latest one instead of the whole log. A snapshot is a cache: the event log
// stays the source of truth, and a snapshot that cannot be used is ignored.
export const stateSnapshots: Migration = {
  version: 7,
  name: 'state snapshots',
  sql: `
    CREATE TABLE state_snapshots (
      seq INTEGER PRIMARY KEY,
      taken_at INTEGER NOT NULL,
      format INTEGER NOT NULL,
      hub_version TEXT NOT NULL,
      state TEXT NOT NULL
    );
  `,
};
