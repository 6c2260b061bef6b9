import { z } from 'zod';
import { channels } from '../domain/ticket';
import type { Bilingual, GlossaryEntry } from './definitions';
import { checkPeriod, periodFields, type Period } from './period';

/** How a value is written: counts and seconds as integers, shares 0–1, means with decimals. */
export type ColumnKind = 'text' | 'count' | 'seconds' | 'share' | 'number';

export interface Column {
  key: string;
  kind: ColumnKind;
  label: Bilingual;
}

export interface TableDefinition {
  title: Bilingual;
  /** The glossary entries that define its figures. */
  defined: readonly GlossaryEntry[];
  /** Whether rows may be grouped (by day, service…); otherwise its rows are fixed. */
  groupable: boolean;
  columns: readonly Column[];
}

const c = (key: string, kind: ColumnKind, fr: string, en: string): Column => ({
  key,
  kind,
  label: { fr, en },
});

const group = c('group', 'text', 'Groupe', 'Group');

export const statisticsTables = {
  visits: {
    title: { fr: 'Visites', en: 'Visits' },
    defined: ['visit', 'noShow', 'unserved', 'transfer'],
    groupable: true,
    columns: [
      group,
      c('visits', 'count', 'Visites', 'Visits'),
      c('served', 'count', 'Reçus', 'Served'),
      c('noShows', 'count', 'Absents', 'No-shows'),
      c('noShowsAfterRecall', 'count', 'Absents après rappel', 'No-shows after recall'),
      c('cancelled', 'count', 'Annulés', 'Cancelled'),
      c('unserved', 'count', 'Non reçus', 'Unserved'),
      c('transferredVisits', 'count', 'Visites transférées', 'Transferred visits'),
      c('transfers', 'count', 'Transferts', 'Transfers'),
    ],
  },
  waiting: {
    title: { fr: "Temps d'attente", en: 'Waiting time' },
    defined: ['waitingTime', 'percentiles', 'withinTarget'],
    groupable: true,
    columns: [
      group,
      c('called', 'count', 'Visites appelées', 'Visits called'),
      c('p50', 'seconds', 'Médiane (s)', 'Median (s)'),
      c('p90', 'seconds', 'p90 (s)', 'p90 (s)'),
      c('max', 'seconds', 'Maximum (s)', 'Maximum (s)'),
      c('mean', 'number', 'Moyenne (s)', 'Mean (s)'),
      c('withinTarget', 'count', "Dans l'objectif", 'Within target'),
      c('withinTargetShare', 'share', "Part dans l'objectif", 'Share within target'),
    ],
  },
  serviceTime: {
    title: { fr: 'Temps de traitement', en: 'Service time' },
    defined: ['serviceTime', 'percentiles'],
    groupable: true,
    columns: [
      group,
      c('served', 'count', 'Visites servies', 'Visits served'),
      c('p50', 'seconds', 'Médiane (s)', 'Median (s)'),
      c('p90', 'seconds', 'p90 (s)', 'p90 (s)'),
      c('max', 'seconds', 'Maximum (s)', 'Maximum (s)'),
      c('mean', 'number', 'Moyenne (s)', 'Mean (s)'),
    ],
  },
  appointments: {
    title: { fr: 'Rendez-vous', en: 'Appointments' },
    defined: ['appointment'],
    groupable: true,
    columns: [
      group,
      c('appointments', 'count', 'Rendez-vous honorés', 'Appointments kept'),
      c('served', 'count', 'Reçus', 'Served'),
      c('noShows', 'count', 'Absents', 'No-shows'),
      c('arrivedLate', 'count', 'Arrivés en retard', 'Arrived late'),
      c('onTimeAtCounter', 'count', "À l'heure au guichet", 'On time at the counter'),
      c('onTimeShare', 'share', "Part à l'heure", 'Share on time'),
    ],
  },
  arrivals: {
    title: { fr: 'Arrivées par heure et jour', en: 'Arrivals by hour and weekday' },
    defined: ['heatmap'],
    groupable: false,
    columns: [
      c('weekday', 'count', 'Jour (1 = lundi)', 'Weekday (1 = Monday)'),
      c('hour', 'count', 'Heure', 'Hour'),
      c('arrivals', 'count', 'Arrivées', 'Arrivals'),
      c('days', 'count', 'Jours ouverts', 'Open days'),
      c('meanPerDay', 'number', 'Moyenne par jour', 'Mean per day'),
    ],
  },
  counters: {
    title: { fr: 'Occupation des guichets', en: 'Counter utilisation' },
    defined: ['utilisation'],
    groupable: false,
    columns: [
      c('counter', 'text', 'Guichet', 'Counter'),
      c('days', 'count', 'Jours actifs', 'Active days'),
      c('visits', 'count', 'Visites', 'Visits'),
      c('servedSeconds', 'seconds', 'Temps de traitement (s)', 'Service time (s)'),
      c('activeSeconds', 'seconds', "Temps d'activité (s)", 'Active time (s)'),
      c('utilisation', 'share', 'Occupation', 'Utilisation'),
    ],
  },
  delivery: {
    title: { fr: 'Tickets imprimés et dématérialisés', en: 'Printed and paperless tickets' },
    defined: ['delivery'],
    groupable: true,
    columns: [
      group,
      c('tickets', 'count', 'Tickets', 'Tickets'),
      c('printed', 'count', 'Imprimés', 'Printed'),
      c('paperless', 'count', 'Dématérialisés', 'Paperless'),
      c('notRecorded', 'count', 'Non déclarés', 'Not recorded'),
      c('paperlessShare', 'share', 'Part dématérialisée', 'Paperless share'),
    ],
  },
  estimates: {
    title: { fr: "Fiabilité de l'attente annoncée", en: 'Accuracy of the wait shown' },
    defined: ['estimate'],
    groupable: true,
    columns: [
      group,
      c('estimated', 'count', 'Visites avec estimation', 'Visits with an estimate'),
      c('meanAbsoluteErrorSeconds', 'number', 'Écart moyen absolu (s)', 'Mean absolute error (s)'),
      c(
        'meanErrorSeconds',
        'number',
        'Écart moyen (s, + : attente plus longue)',
        'Mean error (s, +: longer wait)',
      ),
      c('withinTolerance', 'count', 'À ±5 min près', 'Within ±5 min'),
      c('withinToleranceShare', 'share', 'Part à ±5 min près', 'Share within ±5 min'),
    ],
  },
  satisfaction: {
    title: { fr: 'Satisfaction', en: 'Satisfaction' },
    defined: ['satisfaction'],
    groupable: true,
    columns: [
      group,
      c('answers', 'count', 'Réponses', 'Answers'),
      c('mean', 'number', 'Note moyenne', 'Mean rating'),
      c('rating1', 'count', '1', '1'),
      c('rating2', 'count', '2', '2'),
      c('rating3', 'count', '3', '3'),
      c('rating4', 'count', '4', '4'),
      c('rating5', 'count', '5', '5'),
      c('satisfiedShare', 'share', 'Part satisfaits (4–5)', 'Share satisfied (4–5)'),
    ],
  },
  complaints: {
    title: { fr: 'Réclamations', en: 'Complaints' },
    defined: ['complaint'],
    groupable: true,
    columns: [
      group,
      c('received', 'count', 'Reçues', 'Received'),
      c('answered', 'count', 'Répondues', 'Answered'),
      c('answeredInTime', 'count', 'Répondues à temps', 'Answered in time'),
      c('inTimeShare', 'share', 'Part répondue à temps', 'Share answered in time'),
      c('open', 'count', 'En cours', 'Open'),
      c('late', 'count', 'En retard', 'Late'),
      c('meanAnswerDays', 'number', 'Délai moyen de réponse (jours)', 'Mean time to answer (days)'),
    ],
  },
} as const satisfies Record<string, TableDefinition>;

export type StatisticsTable = keyof typeof statisticsTables;
export const statisticsTableNames = Object.keys(statisticsTables) as StatisticsTable[];

export const groupings = ['none', 'day', 'week', 'month', 'service', 'channel', 'counter'] as const;
export type Grouping = (typeof groupings)[number];

const filterCode = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a code such as "etat-civil" (letters, digits, - or _)');

/** The query string of every statistics route (values arrive as text). */
export const statisticsQuerySchema = z
  .strictObject({
    ...periodFields,
    service: filterCode.optional(),
    channel: z.enum(channels).optional(),
    counter: filterCode.optional(),
    groupBy: z.enum(groupings).default('none'),
    /** Comma-separated: "previous", "year-before". */
    compare: z
      .string()
      .regex(
        /^(previous|year-before)(,(previous|year-before))?$/,
        'previous, year-before or both ("previous,year-before")',
      )
      .optional(),
  })
  .superRefine(checkPeriod);
export type StatisticsQueryInput = z.input<typeof statisticsQuerySchema>;

/** The period, the filters and how rows are grouped, once validated. */
export interface StatisticsFilter {
  period: Period;
  service?: string;
  channel?: string;
  counter?: string;
  groupBy: Grouping;
}

export type Row = Record<string, string | number | null>;

export interface TableAnswer {
  table: StatisticsTable;
  period: Period;
  rows: Row[];
}

/** A table for its period, and the same table for the periods it is compared with. */
export interface StatisticsAnswer extends TableAnswer {
  filters: { service?: string; channel?: string; counter?: string; groupBy: Grouping };
  previous?: TableAnswer;
  yearBefore?: TableAnswer;
}

export const csvStyles = ['fr', 'intl'] as const;
export const csvQuerySchema = z.strictObject({ style: z.enum(csvStyles).default('fr') });
