import type { Migration } from '../../../sqlite';

// Satisfaction answers and complaints (réclamations). An answer keeps only its day,
// service, rating and (for `comment_until`) a comment: no time of day, no ticket, so it
// cannot be joined back to a visit. Which tickets have answered is kept apart, as a hash,
// so a ticket answers once. Complaints carry no free text: who complained stays in the
// town's mail register (`reference` points there).
export const surveyComplaints: Migration = {
  version: 9,
  name: 'satisfaction survey and complaints',
  sql: `
    CREATE TABLE survey_answers (
      id INTEGER PRIMARY KEY,
      day TEXT NOT NULL,
      service TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('kiosk', 'phone')),
      rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
      comment TEXT,
      comment_until INTEGER
    );
    CREATE INDEX survey_answers_day ON survey_answers (day, service);
    CREATE INDEX survey_answers_comment ON survey_answers (comment_until) WHERE comment_until IS NOT NULL;
    CREATE TABLE survey_answered (
      ticket_hash TEXT PRIMARY KEY,
      answered_day TEXT NOT NULL
    );
    CREATE TABLE complaints (
      id TEXT PRIMARY KEY,
      received_at INTEGER NOT NULL,
      day TEXT NOT NULL,
      channel TEXT NOT NULL,
      service TEXT,
      category TEXT NOT NULL,
      reference TEXT,
      deadline_at INTEGER NOT NULL,
      answered_at INTEGER,
      recorded_at INTEGER NOT NULL
    );
    CREATE INDEX complaints_day ON complaints (day, service);
    CREATE INDEX complaints_open ON complaints (deadline_at) WHERE answered_at IS NULL;
  `,
};
