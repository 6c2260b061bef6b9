import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../../demo/demo-site';
import type { Actor } from '../context';
import { dayReportSchema } from '../day-report-schema';
import { at, EngineHarness } from '../engine-harness';
import { agentsDayFigures } from './agent-figures';
import { dayReport } from './day-report';

const day = '2026-04-07';

/** agent-02 serves two visits (4 and 8 min) and misses one; agent-01 serves one. */
function busyMorning(perAgentFigures: boolean): EngineHarness {
  const config = { ...demoSiteConfig(), reporting: { perAgentFigures } };
  const engine = new EngineHarness(config, at(day, '09:00'));
  const agent02: Actor = { role: 'counter', agentId: 'agent-02' };
  engine.open('g1', 'agent-01');
  engine.open('g2', 'agent-02');
  const visits = ['courrier', 'courrier', 'courrier'].map((s) => engine.issue(s));
  engine.issue('iris');
  for (const [index, minutes] of [4, 8].entries()) {
    const id = visits[index]!;
    engine.ok({ type: 'counter:call-ticket', counterId: 'g2', ticketId: id }, agent02);
    engine.ok({ type: 'ticket:start', ticketId: id }, agent02);
    engine.advance(minutes);
    engine.ok({ type: 'ticket:finish', ticketId: id, outcome: 'resolved' }, agent02);
  }
  engine.ok({ type: 'counter:call-ticket', counterId: 'g2', ticketId: visits[2]! }, agent02);
  engine.ok({ type: 'ticket:no-show', ticketId: visits[2]! }, agent02);
  engine.serveNext('g1', 3);
  return engine;
}

describe('per-agent figures', () => {
  it('count each agent’s day under the site’s id and label, in the configuration’s order', () => {
    const engine = busyMorning(true);
    expect(agentsDayFigures(engine.state, day)).toEqual([
      {
        agentId: 'agent-01',
        label: 'Agent 01',
        served: 1,
        noShows: 0,
        transferred: 0,
        meanServiceMs: 3 * 60_000,
      },
      {
        agentId: 'agent-02',
        label: 'Agent 02',
        served: 2,
        noShows: 1,
        transferred: 0,
        meanServiceMs: 6 * 60_000,
      },
    ]);
    expect(agentsDayFigures(engine.state, '2026-04-08')).toEqual([]);
  });

  it('are in the day report only where the site configured them, also once the day ended', () => {
    const shown = busyMorning(true);
    expect(dayReport(shown.state, day).agents?.map((a) => a.agentId)).toEqual([
      'agent-01',
      'agent-02',
    ]);
    const hidden = busyMorning(false);
    const report = dayReport(hidden.state, day);
    expect(report).not.toHaveProperty('agents');
    expect(JSON.stringify(report)).not.toContain('agent-02');

    shown.advance(600);
    const [ended] = shown.ok({ type: 'day:end' });
    expect(ended?.type === 'day:ended' && ended.report.agents).toHaveLength(2);
    if (ended?.type === 'day:ended')
      expect(dayReportSchema.parse(ended.report)).toEqual(ended.report);
  });
});
