// Anticipating the day, measured: expected arrivals per service × weekday × hour from four
// simulated weeks (shared/forecast, the mean of the same weekday and hour), against the
// fifth week's actual arrivals; and the counters Erlang C asks for at reception.
import type { BenchFigure, BenchSection } from '../report';
import { localParts } from '../../shared/calendar/zoned-time';
import {
  forecastArrivals,
  staffingFor,
  type VisitFact,
} from '../../shared/forecast/arrival-forecast';
import { serviceTimes } from '../../shared/simulator/day-profiles';
import { simulateDays, type SimulatedDay } from '../../shared/simulator';

const TZ = 'Europe/Paris';
const HISTORY_DAYS = 24; // four weeks of Monday to Saturday
const ACTUAL_DAYS = 6;

function facts(days: readonly SimulatedDay[]): VisitFact[] {
  return days.flatMap((d) => d.tickets.map((t) => ({ service: t.service, arrivedAt: t.issuedAt })));
}

export async function bench(): Promise<BenchSection> {
  const days = simulateDays({ days: HISTORY_DAYS + ACTUAL_DAYS, seed: 5, profiles: ['normal'] });
  const history = days.slice(0, HISTORY_DAYS);
  const actualDays = days.slice(HISTORY_DAYS);
  const forecast = forecastArrivals(
    facts(history),
    TZ,
    history.map((d) => d.date),
  );
  const actual = new Map<string, number>();
  for (const visit of facts(actualDays)) {
    const { weekday, hour } = localParts(visit.arrivedAt, TZ);
    const key = `${visit.service}|${weekday}|${hour}`;
    actual.set(key, (actual.get(key) ?? 0) + 1);
  }
  const cells = new Set([
    ...actual.keys(),
    ...forecast.map((f) => `${f.service}|${f.weekday}|${f.hour}`),
  ]);
  const predicted = new Map(
    forecast.map((f) => [`${f.service}|${f.weekday}|${f.hour}`, f.arrivals]),
  );
  let absolute = 0;
  let totalActual = 0;
  for (const cell of cells) {
    absolute += Math.abs((predicted.get(cell) ?? 0) - (actual.get(cell) ?? 0));
    totalActual += actual.get(cell) ?? 0;
  }
  // Poisson noise alone: a perfect forecast of a mean λ still misses by about √(2λ/π).
  let noise = 0;
  for (const cell of cells) noise += Math.sqrt((2 * (predicted.get(cell) ?? 0)) / Math.PI);
  const mean = (s: string) => {
    const m = serviceTimes[s];
    return m ? m.medianMinutes * Math.exp((m.sigma * m.sigma) / 2) : 10;
  };
  const reception = staffingFor(
    forecast,
    ['iris', 'courrier'],
    { iris: mean('iris'), courrier: mean('courrier') },
    10,
  );
  const monday = reception.filter((h) => h.weekday === 'mon');
  const figures: BenchFigure[] = [
    {
      name: 'arrivals forecast, mean absolute error per service-hour',
      value: absolute / cells.size,
      unit: 'visitors',
      note: `${cells.size} service × weekday × hour cells of week 5 (${totalActual} arrivals) from weeks 1–4; Poisson noise alone would give ${(noise / cells.size).toFixed(2)}`,
    },
    {
      name: 'arrivals forecast, error relative to arrivals',
      value: Math.round((absolute / Math.max(1, totalActual)) * 1000) / 10,
      unit: '%',
    },
    {
      name: 'reception counters needed on Mondays (Erlang C, 80 % within 10 min)',
      value: Math.max(0, ...monday.map((h) => h.counters)),
      unit: 'at most',
      note: monday.map((h) => `${h.hour}h ${h.arrivals.toFixed(1)}/h → ${h.counters}`).join(', '),
    },
  ];
  return { title: 'Anticipating the day (simulated weeks)', figures };
}
