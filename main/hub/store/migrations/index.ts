import type { Migration } from '../../../sqlite';
import { eventLog } from './0001-event-log';
import { idempotency } from './0002-idempotency';
import { devices } from './0003-devices';
import { agents } from './0004-agents';
import { personalData } from './0005-personal-data';
import { visitsOutbox } from './0006-visits-outbox';
import { stateSnapshots } from './0007-state-snapshots';
import { visitFacts } from './0008-visit-facts';
import { surveyComplaints } from './0009-survey-complaints';
import { visitFactsDistributions } from './0010-visit-facts-distributions';
import { visitDayCells } from './0011-visit-day-cells';
import { visitFactsArrivals } from './0012-visit-facts-arrivals';
import { visitDayHistograms } from './0013-visit-day-histograms';
import { deviceVersions } from './0014-device-versions';

/** Every schema change, in order. Never edit a shipped one: add the next. */
export const migrations: readonly Migration[] = [
  eventLog,
  idempotency,
  devices,
  agents,
  personalData,
  visitsOutbox,
  stateSnapshots,
  visitFacts,
  surveyComplaints,
  visitFactsDistributions,
  visitDayCells,
  visitFactsArrivals,
  visitDayHistograms,
  deviceVersions,
];
