import type { Migration } from '../../../sqlite';

// Per-day sums of the visit facts, one row per (day, service, channel, counter): the
// counting tables (visits, appointments, delivery, estimates, counters) read a year as
// some tens of thousands of rows instead of every visit. A trigger keeps them in step with
// each fact inserted (in the visit's closing transaction); the retention purge deletes
// both for the same days. Facts already recorded are summed here once. The 300000 ms are
// APPOINTMENT_GRACE_MS and ESTIMATE_TOLERANCE_MS of shared/statistics/definitions.ts as
// they were when this shipped (a migration never changes).
const sums = `
  1,
  NEW.result IN ('served', 'interrupted'),
  NEW.result = 'no-show',
  NEW.result = 'no-show' AND NEW.recalls > 0,
  NEW.result = 'cancelled',
  NEW.result = 'unserved',
  NEW.transfers > 0,
  NEW.transfers,
  NEW.appointment,
  NEW.appointment AND NEW.result IN ('served', 'interrupted'),
  NEW.appointment AND NEW.result = 'no-show',
  NEW.appointment AND NEW.appointment_start IS NOT NULL AND NEW.issued_at > NEW.appointment_start,
  NEW.appointment AND NEW.appointment_start IS NOT NULL AND NEW.called_at IS NOT NULL
    AND NEW.called_at <= NEW.appointment_start + 300000,
  NEW.channel = 'kiosk' OR NEW.delivery IS NOT NULL,
  NEW.delivery IS 'printed',
  NEW.delivery IS 'paperless',
  NEW.estimate_ms IS NOT NULL AND NEW.waited_ms IS NOT NULL AND NEW.appointment = 0,
  CASE WHEN NEW.estimate_ms IS NOT NULL AND NEW.waited_ms IS NOT NULL AND NEW.appointment = 0
    THEN ABS(NEW.waited_ms - NEW.estimate_ms) ELSE 0 END,
  CASE WHEN NEW.estimate_ms IS NOT NULL AND NEW.waited_ms IS NOT NULL AND NEW.appointment = 0
    THEN NEW.waited_ms - NEW.estimate_ms ELSE 0 END,
  NEW.estimate_ms IS NOT NULL AND NEW.waited_ms IS NOT NULL AND NEW.appointment = 0
    AND ABS(NEW.waited_ms - NEW.estimate_ms) <= 300000,
  NEW.called_at IS NOT NULL,
  CASE WHEN NEW.called_at IS NOT NULL THEN NEW.served_ms ELSE 0 END,
  NEW.called_at,
  CASE WHEN NEW.called_at IS NOT NULL THEN NEW.ended_at END`;

const columns = `visits, served, no_shows, no_shows_recalled, cancelled, unserved,
  transferred_visits, transfers, appointments, appt_served, appt_no_shows, appt_late,
  appt_on_time, delivery_tickets, printed, paperless, estimated, est_abs_ms, est_err_ms,
  est_within, called, called_served_ms, min_called_at, max_ended_at`;

export const visitDayCells: Migration = {
  version: 11,
  name: 'visit day cells',
  sql: `
    CREATE TABLE visit_day_cells (
      day TEXT NOT NULL,
      week TEXT NOT NULL,
      service TEXT NOT NULL,
      channel TEXT NOT NULL,
      counter_id TEXT NOT NULL,
      visits INTEGER NOT NULL, served INTEGER NOT NULL, no_shows INTEGER NOT NULL,
      no_shows_recalled INTEGER NOT NULL, cancelled INTEGER NOT NULL, unserved INTEGER NOT NULL,
      transferred_visits INTEGER NOT NULL, transfers INTEGER NOT NULL,
      appointments INTEGER NOT NULL, appt_served INTEGER NOT NULL, appt_no_shows INTEGER NOT NULL,
      appt_late INTEGER NOT NULL, appt_on_time INTEGER NOT NULL,
      delivery_tickets INTEGER NOT NULL, printed INTEGER NOT NULL, paperless INTEGER NOT NULL,
      estimated INTEGER NOT NULL, est_abs_ms INTEGER NOT NULL, est_err_ms INTEGER NOT NULL,
      est_within INTEGER NOT NULL, called INTEGER NOT NULL, called_served_ms INTEGER NOT NULL,
      min_called_at INTEGER, max_ended_at INTEGER,
      PRIMARY KEY (day, service, channel, counter_id)
    ) WITHOUT ROWID;
    CREATE TRIGGER visit_facts_cells AFTER INSERT ON visit_facts BEGIN
      INSERT INTO visit_day_cells (day, week, service, channel, counter_id, ${columns})
      VALUES (NEW.day, NEW.week, NEW.service, NEW.channel, COALESCE(NEW.counter_id, ''), ${sums})
      ON CONFLICT (day, service, channel, counter_id) DO UPDATE SET
        visits = visits + excluded.visits, served = served + excluded.served,
        no_shows = no_shows + excluded.no_shows,
        no_shows_recalled = no_shows_recalled + excluded.no_shows_recalled,
        cancelled = cancelled + excluded.cancelled, unserved = unserved + excluded.unserved,
        transferred_visits = transferred_visits + excluded.transferred_visits,
        transfers = transfers + excluded.transfers,
        appointments = appointments + excluded.appointments,
        appt_served = appt_served + excluded.appt_served,
        appt_no_shows = appt_no_shows + excluded.appt_no_shows,
        appt_late = appt_late + excluded.appt_late,
        appt_on_time = appt_on_time + excluded.appt_on_time,
        delivery_tickets = delivery_tickets + excluded.delivery_tickets,
        printed = printed + excluded.printed, paperless = paperless + excluded.paperless,
        estimated = estimated + excluded.estimated, est_abs_ms = est_abs_ms + excluded.est_abs_ms,
        est_err_ms = est_err_ms + excluded.est_err_ms, est_within = est_within + excluded.est_within,
        called = called + excluded.called,
        called_served_ms = called_served_ms + excluded.called_served_ms,
        min_called_at = MIN(COALESCE(min_called_at, excluded.min_called_at), COALESCE(excluded.min_called_at, min_called_at)),
        max_ended_at = MAX(COALESCE(max_ended_at, excluded.max_ended_at), COALESCE(excluded.max_ended_at, max_ended_at));
    END;
    INSERT INTO visit_day_cells (day, week, service, channel, counter_id, ${columns})
      SELECT day, week, service, channel, counter_id, ${columns
        .replace(/\n/g, ' ')
        .split(',')
        .map((c) => c.trim())
        .map((c) =>
          c === 'min_called_at'
            ? 'MIN(min_called_at)'
            : c === 'max_ended_at'
              ? 'MAX(max_ended_at)'
              : `SUM(${c})`,
        )
        .join(', ')}
      FROM (SELECT day, week, service, channel, COALESCE(counter_id, '') AS counter_id, ${sums
        .replace(/NEW\./g, '')
        .split(/,\n {2}/)
        .map(
          (expression, index) =>
            `${expression.trim()} AS ${columns.replace(/\n/g, ' ').split(',')[index]?.trim()}`,
        )
        .join(',\n  ')}
        FROM visit_facts)
      GROUP BY day, service, channel, counter_id;
  `,
};
