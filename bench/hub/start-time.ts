import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../shared/calendar/zoned-time';
import type { QueueState } from '../../shared/engine';
import type { BenchFigure } from '../report';
import { queueEngine } from '../../main/hub/core/engine';
import { QueueAuthority } from '../../main/hub/core/queue-authority';
import { StateSnapshots } from '../../main/hub/core/state-snapshots';
import { openDatabase } from '../../main/hub/store/open-database';
import { defaultFrom, writeSyntheticYear, type YearShape } from './synthetic-year';

export interface StartTimes {
  events: number;
  tickets: number;
  databaseMb: number;
  generateMs: number;
  /** Rebuilding the state from the whole log (no snapshot). */
  fullReplayMs: number;
  /** From the latest snapshot (the last day's end) and the events after it. */
  snapshotMs: number;
  /** A start with the last day's snapshot and the morning after it (`partialDay`). */
  snapshotTailMs: number;
  tailEvents: number;
  ticketsInState: number;
  peakTickets: number;
  stateKb: number;
  snapshotsEqual: boolean;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

/**
 * A year of a busy site (`days` × `ticketsPerDay` visits), written with a snapshot at each
 * day's end as the hub takes them; then the state rebuilt from the whole log (a hub
 * without snapshots) and from the latest snapshot plus its tail, compared.
 */
export function measureStartTimes(shape: YearShape): StartTimes {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-year-'));
  const file = join(dir, 'hub.db');
  const options = { version: 'bench', clock: () => 0, log: () => {} };
  const lastDay = addDays(shape.from ?? defaultFrom, shape.days - 1);
  const rebuild = (withSnapshots: boolean) => {
    const reader = openDatabase(file);
    try {
      return timed(() => {
        const source = withSnapshots ? new StateSnapshots(reader, options) : undefined;
        const authority = new QueueAuthority(
          reader,
          queueEngine,
          () => 0,
          () => 'unused',
          {
            ...(source ? { snapshots: source } : {}),
          },
        );
        return JSON.stringify(authority.state as QueueState);
      });
    } finally {
      reader.close();
    }
  };
  try {
    const db = openDatabase(file);
    const snapshots = new StateSnapshots(db, options);
    let lastDayEnd = 0;
    let fromSnapshot = { ms: NaN };
    const year = timed(() =>
      writeSyntheticYear(db, shape, (state, seq) => {
        snapshots.take(state, seq);
        lastDayEnd = seq;
        // A start right after the last day's end: the snapshot and nothing after it.
        if (state.lastDayReport?.day === lastDay) fromSnapshot = rebuild(true);
      }),
    );
    db.close();
    const tail = rebuild(true);
    const full = rebuild(false);
    return {
      events: year.value.events,
      tickets: year.value.tickets,
      databaseMb: statSync(file).size / 1e6,
      generateMs: year.ms,
      fullReplayMs: full.ms,
      snapshotMs: fromSnapshot.ms,
      snapshotTailMs: tail.ms,
      tailEvents: year.value.events - lastDayEnd,
      ticketsInState: Object.keys(year.value.lastState.tickets).length,
      peakTickets: year.value.peakTickets,
      stateKb: JSON.stringify(year.value.lastState).length / 1024,
      snapshotsEqual: tail.value === full.value,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const msFigure = (name: string, value: number, note: string): BenchFigure => ({
  name,
  value: Math.round(value * 10) / 10,
  unit: 'ms',
  note,
});

/** The start-time figures as the bench prints them. */
export function startTimeFigures(t: StartTimes, shape: YearShape): BenchFigure[] {
  const year = `${shape.days} days × ${shape.ticketsPerDay} visits: ${t.events.toLocaleString('en-US')} events, ${Math.round(t.databaseMb)} MB`;
  return [
    msFigure(
      'start after a synthetic year, whole log replayed',
      t.fullReplayMs,
      `${year}; what every start cost before state snapshots (5,419 ms measured here before them)`,
    ),
    msFigure(
      '  from the last day’s snapshot',
      t.snapshotMs,
      'the snapshot taken at the day’s end, nothing after it',
    ),
    msFigure(
      '  from that snapshot and the morning after it',
      t.snapshotTailMs,
      `${t.tailEvents} events replayed after the snapshot (a hub stopped mid-morning)`,
    ),
    {
      name: 'state from snapshot + tail is the state from the whole log',
      value: t.snapshotsEqual ? 1 : 0,
      unit: '',
      target: '1 (identical)',
      meets: t.snapshotsEqual,
      note: 'compared as JSON after the synthetic year and its morning',
    },
    {
      name: 'tickets in memory at the busiest moment',
      value: t.peakTickets,
      unit: 'tickets',
      note: `just before a day's end (1,200 before: the previous day's were kept until the next day ended); ${t.ticketsInState} in a ${Math.round(t.stateKb)} KB state the next morning`,
    },
  ];
}
