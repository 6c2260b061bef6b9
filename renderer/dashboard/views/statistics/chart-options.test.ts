import { describe, expect, it } from 'vitest';
import { statisticsTables } from '../../../../shared/statistics/tables';
import { chartOptions } from './chart-options';

// Each chart draws the rows of the table beside it, nothing else.
const input = (table: 'visits' | 'arrivals', rows: Record<string, number | string>[]) => ({
  table,
  rows,
  columns: statisticsTables[table].columns,
  label: (c: { label: { en: string } }) => c.label.en,
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  groupText: (g: string) => (g === 'all' ? 'Overall' : g),
});

describe('statistics charts', () => {
  it('draw a table’s chosen columns as bars by group', () => {
    const option = chartOptions(
      input('visits', [
        { group: '2026-01', visits: 10, served: 8, noShows: 1 },
        { group: '2026-02', visits: 12, served: 11, noShows: 0 },
      ]),
    ) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['2026-01', '2026-02']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Visits', [10, 12]],
      ['Served', [8, 11]],
      ['No-shows', [1, 0]],
    ]);
  });
  it('draw arrivals as a weekday × hour heatmap with every hour between the first and last', () => {
    const option = chartOptions(
      input('arrivals', [
        { weekday: 2, hour: 9, arrivals: 4, days: 2, meanPerDay: 2 },
        { weekday: 5, hour: 11, arrivals: 3, days: 1, meanPerDay: 3 },
      ]),
    ) as { xAxis: { data: string[] }; series: { data: unknown[] }[] };
    expect(option.xAxis.data).toEqual(['9 h', '10 h', '11 h']);
    expect(option.series[0]?.data).toEqual([
      [0, 1, 2],
      [2, 4, 3],
    ]);
  });
});
