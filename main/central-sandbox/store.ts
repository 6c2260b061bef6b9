import { join } from 'node:path';
import type { Appointment } from '../../shared/central/appointment';
import type { SiteHealth } from '../../shared/central/health';
import type { VisitRecord } from '../../shared/central/visit';
import { openSqlite, type Migration } from '../sqlite';

// The sandbox's durable state: what a real central system would keep. Opened like the
// hub's (main/sqlite: WAL, synchronous=FULL), so an acknowledged batch survives a crash.

const migrations: Migration[] = [
  {
    version: 1,
    name: 'central sandbox',
    sql: `
      CREATE TABLE visits (
        site_id TEXT NOT NULL, id TEXT NOT NULL, batch_id TEXT NOT NULL,
        record TEXT NOT NULL, received_at TEXT NOT NULL,
        PRIMARY KEY (site_id, id)
      ) WITHOUT ROWID;
      CREATE TABLE batches (
        id TEXT PRIMARY KEY, site_id TEXT NOT NULL, idempotency_key TEXT NOT NULL,
        received_at TEXT NOT NULL, accepted INTEGER NOT NULL, duplicates INTEGER NOT NULL
      );
      CREATE TABLE idempotency (
        site_id TEXT NOT NULL, key TEXT NOT NULL, body_hash TEXT NOT NULL,
        status INTEGER NOT NULL, response TEXT NOT NULL, created_at TEXT NOT NULL,
        PRIMARY KEY (site_id, key)
      ) WITHOUT ROWID;
      CREATE TABLE appointments (
        site_id TEXT NOT NULL, date TEXT NOT NULL, id TEXT NOT NULL,
        starts_at TEXT NOT NULL, record TEXT NOT NULL,
        PRIMARY KEY (site_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX appointments_by_day ON appointments (site_id, date, starts_at, id);
      CREATE TABLE seeded_days (site_id TEXT NOT NULL, date TEXT NOT NULL, PRIMARY KEY (site_id, date));
      CREATE TABLE health_reports (
        id INTEGER PRIMARY KEY, site_id TEXT NOT NULL, received_at TEXT NOT NULL, report TEXT NOT NULL
      );
    `,
  },
];

export interface StoredAnswer {
  bodyHash: string;
  status: number;
  response: string;
}

export interface BatchOutcome {
  accepted: number;
  duplicates: string[];
}

export interface SandboxStore {
  /** Stores the batch's new visits and the answer to its idempotency key in one transaction. */
  storeBatch(
    siteId: string,
    key: string,
    batch: { id: string; receivedAt: string; bodyHash: string; visits: VisitRecord[] },
    answer: (outcome: BatchOutcome) => { status: number; response: string },
  ): BatchOutcome;
  /** Stores an answer that stored nothing (a refused batch), so a retry gets the same one. */
  storeAnswer(siteId: string, key: string, answer: StoredAnswer, at: string): void;
  answerFor(siteId: string, key: string): StoredAnswer | undefined;
  appointmentsOf(siteId: string, date: string): Appointment[];
  isSeeded(siteId: string, date: string): boolean;
  seedDay(siteId: string, date: string, appointments: Appointment[]): void;
  setAppointmentStatus(siteId: string, id: string, status: Appointment['status']): boolean;
  recordHealth(siteId: string, receivedAt: string, report: SiteHealth): void;
  latestHealth(siteId: string): { receivedAt: string; report: SiteHealth } | undefined;
  visit(siteId: string, id: string): VisitRecord | undefined;
  counts(): { visits: number; batches: number; duplicates: number; healthReports: number };
  close(): void;
}

export function openSandboxStore(dataDir: string): SandboxStore {
  const db = openSqlite(join(dataDir, 'central-sandbox.sqlite'), {
    migrations,
    program: 'central sandbox',
  });

  const insertVisit = db.prepare(
    'INSERT INTO visits (site_id, id, batch_id, record, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const insertBatch = db.prepare(
    'INSERT INTO batches (id, site_id, idempotency_key, received_at, accepted, duplicates) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertAnswer = db.prepare(
    'INSERT INTO idempotency (site_id, key, body_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectAnswer = db.prepare<
    [string, string],
    { body_hash: string; status: number; response: string }
  >('SELECT body_hash, status, response FROM idempotency WHERE site_id = ? AND key = ?');
  const selectDay = db.prepare<[string, string], { record: string }>(
    'SELECT record FROM appointments WHERE site_id = ? AND date = ? ORDER BY starts_at, id',
  );
  const selectSeeded = db.prepare('SELECT 1 FROM seeded_days WHERE site_id = ? AND date = ?');
  const insertSeeded = db.prepare(
    'INSERT OR IGNORE INTO seeded_days (site_id, date) VALUES (?, ?)',
  );
  const insertAppointment = db.prepare(
    'INSERT OR REPLACE INTO appointments (site_id, date, id, starts_at, record) VALUES (?, ?, ?, ?, ?)',
  );
  const selectAppointment = db.prepare<[string, string], { record: string }>(
    'SELECT record FROM appointments WHERE site_id = ? AND id = ?',
  );
  const updateAppointment = db.prepare(
    'UPDATE appointments SET record = ? WHERE site_id = ? AND id = ?',
  );
  const insertHealth = db.prepare(
    'INSERT INTO health_reports (site_id, received_at, report) VALUES (?, ?, ?)',
  );
  const selectHealth = db.prepare<[string], { received_at: string; report: string }>(
    'SELECT received_at, report FROM health_reports WHERE site_id = ? ORDER BY id DESC LIMIT 1',
  );
  const selectVisit = db.prepare<[string, string], { record: string }>(
    'SELECT record FROM visits WHERE site_id = ? AND id = ?',
  );
  const countRows = db.prepare<
    [],
    { visits: number; batches: number; duplicates: number; health: number }
  >(
    `SELECT (SELECT COUNT(*) FROM visits) AS visits, (SELECT COUNT(*) FROM batches) AS batches,
            (SELECT COALESCE(SUM(duplicates), 0) FROM batches) AS duplicates,
            (SELECT COUNT(*) FROM health_reports) AS health`,
  );

  const storeBatch = db.transaction(
    (
      siteId: string,
      key: string,
      batch: { id: string; receivedAt: string; bodyHash: string; visits: VisitRecord[] },
      answer: (outcome: BatchOutcome) => { status: number; response: string },
    ): BatchOutcome => {
      const duplicates: string[] = [];
      for (const visit of batch.visits) {
        const { changes } = insertVisit.run(
          siteId,
          visit.id,
          batch.id,
          JSON.stringify(visit),
          batch.receivedAt,
        );
        if (changes === 0) duplicates.push(visit.id);
      }
      const outcome = { accepted: batch.visits.length - duplicates.length, duplicates };
      insertBatch.run(batch.id, siteId, key, batch.receivedAt, outcome.accepted, duplicates.length);
      const { status, response } = answer(outcome);
      insertAnswer.run(siteId, key, batch.bodyHash, status, response, batch.receivedAt);
      return outcome;
    },
  );

  const seedDay = db.transaction((siteId: string, date: string, appointments: Appointment[]) => {
    for (const a of appointments)
      insertAppointment.run(siteId, date, a.id, a.startsAt, JSON.stringify(a));
    insertSeeded.run(siteId, date);
  });

  return {
    storeBatch: (siteId, key, batch, answer) => storeBatch(siteId, key, batch, answer),
    storeAnswer(siteId, key, answer, at) {
      insertAnswer.run(siteId, key, answer.bodyHash, answer.status, answer.response, at);
    },
    answerFor(siteId, key) {
      const row = selectAnswer.get(siteId, key);
      return row && { bodyHash: row.body_hash, status: row.status, response: row.response };
    },
    appointmentsOf: (siteId, date) =>
      selectDay.all(siteId, date).map((row) => JSON.parse(row.record) as Appointment),
    isSeeded: (siteId, date) => selectSeeded.get(siteId, date) !== undefined,
    seedDay: (siteId, date, appointments) => seedDay(siteId, date, appointments),
    setAppointmentStatus(siteId, id, status) {
      const row = selectAppointment.get(siteId, id);
      if (!row) return false;
      const appointment = { ...(JSON.parse(row.record) as Appointment), status };
      updateAppointment.run(JSON.stringify(appointment), siteId, id);
      return true;
    },
    recordHealth(siteId, receivedAt, report) {
      insertHealth.run(siteId, receivedAt, JSON.stringify(report));
    },
    latestHealth(siteId) {
      const row = selectHealth.get(siteId);
      return row && { receivedAt: row.received_at, report: JSON.parse(row.report) as SiteHealth };
    },
    visit(siteId, id) {
      const row = selectVisit.get(siteId, id);
      return row && (JSON.parse(row.record) as VisitRecord);
    },
    counts() {
      const row = countRows.get();
      return {
        visits: row?.visits ?? 0,
        batches: row?.batches ?? 0,
        duplicates: row?.duplicates ?? 0,
        healthReports: row?.health ?? 0,
      };
    },
    close: () => db.close(),
  };
}
