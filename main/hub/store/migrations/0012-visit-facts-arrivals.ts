import type { Migration } from '../../../sqlite';

// A covering index for arrivals by weekday and hour (the heatmap): a year's query reads
// these narrow entries instead of whole fact rows.
export const visitFactsArrivals: Migration = {
  version: 12,
  name: 'visit facts arrivals index',
  sql: `CREATE INDEX visit_facts_arrivals ON visit_facts (day, service, weekday, hour);`,
};
