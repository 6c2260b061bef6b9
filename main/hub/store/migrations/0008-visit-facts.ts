import type { Migration } from '../../../sqlite';

// Anonymous visit facts for statistics, kept for years (`statisticsKeptYears`) while the
// `visits` rows (central records, which may carry personal fields) go after
// `visitsKeptDays`. Written by the visit projector in the transaction that closes the
// visit. A hub upgraded with visits already recorded derives their facts once, at start
// (local hours need the site's time zone, which SQL does not know).
export const visitFacts: Migration = {
  version: 8,
  name: 'visit facts',
  sql: `
    CREATE TABLE visit_facts (
      visit_id TEXT PRIMARY KEY,
      day TEXT NOT NULL,
      week TEXT NOT NULL,
      service TEXT NOT NULL,
      first_service TEXT NOT NULL,
      channel TEXT NOT NULL,
      counter_id TEXT,
      priority INTEGER NOT NULL,
      appointment INTEGER NOT NULL,
      appointment_start INTEGER,
      language TEXT NOT NULL,
      issued_at INTEGER NOT NULL,
      called_at INTEGER,
      started_at INTEGER,
      ended_at INTEGER NOT NULL,
      waited_ms INTEGER,
      served_ms INTEGER NOT NULL,
      result TEXT NOT NULL CHECK (result IN ('served', 'no-show', 'cancelled', 'unserved', 'interrupted')),
      recalls INTEGER NOT NULL,
      transfers INTEGER NOT NULL,
      delivery TEXT CHECK (delivery IN ('printed', 'paperless')),
      target_wait_ms INTEGER NOT NULL,
      estimate_ms INTEGER,
      hour INTEGER NOT NULL,
      weekday INTEGER NOT NULL
    );
    -- Every query filters a range of days, then maybe a service, a channel or a counter.
    CREATE INDEX visit_facts_day ON visit_facts (day, service);
    CREATE INDEX visit_facts_channel ON visit_facts (channel, day);
    CREATE INDEX visit_facts_counter ON visit_facts (counter_id, day);
    CREATE INDEX visit_facts_ended ON visit_facts (ended_at);
    INSERT INTO sync_state (name, value) SELECT 'visit-facts-backfill', 'pending' WHERE EXISTS (SELECT 1 FROM visits);
  `,
};
