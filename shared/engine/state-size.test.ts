import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { replay } from './evolve';
import { at, EngineHarness } from './engine-harness';
import { dayReport, reportOfDay } from './views/day-report';

// The state holds about one day of tickets, however long the site has run: a day's
// closed tickets leave it when the next day begins, once that day has been ended.

const config = demoSiteConfig();

function servedDay(engine: EngineHarness, count: number): void {
  for (let i = 0; i < count; i++) {
    engine.issue('iris');
    engine.serveNext('g1', 2);
  }
}

describe('closed days leave the state', () => {
  it('once ended, a day’s tickets go when the next day begins; its report stays readable', () => {
    const engine = new EngineHarness(config, at('2026-04-07', '09:00'));
    engine.open('g1', 'agent-01');
    servedDay(engine, 5);
    const waiting = engine.issue('iris');
    engine.ok({ type: 'day:end', day: '2026-04-07' });
    // The evening: the day's tickets are still there (the end recorded their visits).
    expect(Object.keys(engine.state.tickets)).toHaveLength(6);
    const report = engine.state.lastDayReport!;
    expect(report.totals).toMatchObject({ visits: 6, served: 5, unserved: 1 });
    expect(dayReport(engine.state, '2026-04-07')).toEqual(report);

    engine.now = at('2026-04-08', '08:45');
    engine.open('g1', 'agent-01');
    const today = engine.issue('iris');
    expect(Object.keys(engine.state.tickets)).toEqual([today]);
    expect(engine.state.tokens).toEqual({ [engine.ticket(today).token]: today });
    expect(engine.state.tickets[waiting]).toBeUndefined();
    expect(reportOfDay(engine.state, '2026-04-07')).toEqual(report);
    expect(reportOfDay(engine.state, '2026-04-08').totals.visits).toBe(1);
    expect(replay(engine.log)).toEqual(engine.state);
  });

  it('keeps a day that was never ended until it is, so its report counts every visit', () => {
    const engine = new EngineHarness(config, at('2026-04-07', '09:00'));
    engine.open('g1', 'agent-01');
    servedDay(engine, 3);
    engine.issue('iris');
    // The hub was stopped overnight: the next morning starts before the day keeper ends it.
    engine.now = at('2026-04-08', '08:45');
    const today = engine.issue('iris');
    expect(Object.keys(engine.state.tickets)).toHaveLength(5);
    const [ended] = engine.ok({ type: 'day:end', day: '2026-04-07' });
    expect(ended?.type === 'day:ended' && ended.report.totals).toMatchObject({
      visits: 4,
      served: 3,
      unserved: 1,
    });
    engine.now = at('2026-04-09', '08:45');
    engine.ok({ type: 'day:end', day: '2026-04-08' });
    const next = engine.issue('iris');
    expect(Object.keys(engine.state.tickets)).toEqual([next]);
    expect(engine.state.tickets[today]).toBeUndefined();
    expect(replay(engine.log)).toEqual(engine.state);
  });
});
