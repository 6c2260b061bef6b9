import type { Column, Row, StatisticsTable } from '../../../../shared/statistics/tables';

// What each statistics table draws (ECharts options built from the same rows as the table
// beside it: the chart never shows a figure the table does not): bars of its chosen
// columns by group, or the weekday × hour heatmap of arrivals. No animation (WCAG 2.3.3
// spirit, and screenshots stay stable).

/** The columns each table draws, in the order of its bars. */
export const chartedColumns: Record<StatisticsTable, readonly string[]> = {
  visits: ['visits', 'served', 'noShows'],
  waiting: ['p50', 'p90'],
  serviceTime: ['p50', 'p90'],
  appointments: ['appointments', 'onTimeAtCounter'],
  arrivals: [],
  counters: ['utilisation'],
  delivery: ['printed', 'paperless'],
  estimates: ['meanAbsoluteErrorSeconds'],
  satisfaction: ['rating1', 'rating2', 'rating3', 'rating4', 'rating5'],
  complaints: ['received', 'answeredInTime', 'late'],
};

const palette = ['#0a4a94', '#b35900', '#2e7d32', '#6a1b9a', '#a3161b'];

export interface ChartInput {
  table: StatisticsTable;
  rows: readonly Row[];
  columns: readonly Column[];
  label: (column: Column) => string;
  weekdays: readonly string[];
  /** A group's text (e.g. "all" → "Ensemble"). */
  groupText: (group: string) => string;
}

export function chartOptions(input: ChartInput): Record<string, unknown> {
  const base = { animation: false, aria: { enabled: true }, tooltip: {}, color: palette };
  if (input.table === 'arrivals') {
    // Every hour from the first to the last with arrivals, so empty hours show as empty.
    const seen = input.rows.map((r) => Number(r.hour));
    const first = Math.min(...seen, 23);
    const hours = Array.from({ length: Math.max(0, ...seen) - first + 1 }, (_, i) => first + i);
    const max = Math.max(1, ...input.rows.map((r) => Number(r.meanPerDay ?? 0)));
    return {
      ...base,
      grid: { left: 60, right: 20, top: 10, bottom: 70 },
      xAxis: { type: 'category', data: hours.map((h) => `${h} h`) },
      yAxis: { type: 'category', data: input.weekdays },
      visualMap: {
        min: 0,
        max,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        calculable: false,
        inRange: { color: ['#e8f0fa', '#0a4a94'] },
      },
      series: [
        {
          type: 'heatmap',
          data: input.rows.map((r) => [
            hours.indexOf(Number(r.hour)),
            Number(r.weekday) - 1,
            r.meanPerDay,
          ]),
        },
      ],
    };
  }
  const keyOf = input.table === 'counters' ? 'counter' : 'group';
  const drawn = chartedColumns[input.table]
    .map((key) => input.columns.find((c) => c.key === key))
    .filter((c): c is Column => c !== undefined);
  return {
    ...base,
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, top: 10, bottom: 60 },
    xAxis: {
      type: 'category',
      data: input.rows.map((r) => input.groupText(String(r[keyOf] ?? ''))),
    },
    yAxis: { type: 'value' },
    series: drawn.map((column) => ({
      type: 'bar',
      barMaxWidth: 56,
      name: input.label(column),
      data: input.rows.map((r) => r[column.key] ?? 0),
    })),
  };
}
