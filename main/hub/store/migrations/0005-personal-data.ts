import type { Migration } from '../../../sqlite';

// Visitors' personal data (names on appointments), kept out of the event log so it can
// be purged: each row carries the time after which the retention rule deletes it.
export const personalData: Migration = {
  version: 5,
  name: 'personal data',
  sql: `
    CREATE TABLE personal_data (
      appointment_id TEXT PRIMARY KEY,
      data TEXT NOT NULL,
      stored_at INTEGER NOT NULL,
      purge_after INTEGER NOT NULL
    );
    CREATE INDEX personal_data_purge ON personal_data (purge_after);
  `,
};
