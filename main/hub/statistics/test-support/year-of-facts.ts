import { addDays, localParts, weekdayOf, zonedEpoch } from '../../../../shared/calendar/zoned-time';
import { seededRandom } from '../../../../shared/demo/seeded-random';
import { isoWeek, type VisitFact } from '../../../../shared/statistics/visit-fact';
import type { Db } from '../../store/open-database';
import { VisitFactsStore } from '../visit-facts-store';

const services = ['iris', 'courrier', 'etat-civil', 'cni-passeport', 'ccas', 'urbanisme'];
const counters = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8'];
const zone = 'Europe/Paris';
const isoWeekday: Record<string, number> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/**
 * A year of a busy town hall as statistics see it: `total` visits spread over the open days
 * (Monday–Saturday morning) of `year`, with waits, services, transfers, no-shows,
 * appointments, delivery and estimates drawn from a fixed seed. Plus survey answers and
 * complaints in proportion. Returns the days written.
 */
export function fillYearOfFacts(db: Db, year: number, total: number, seed = 2026): string[] {
  const random = seededRandom(seed);
  const days: string[] = [];
  for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1))
    if (weekdayOf(day) !== 'sun') days.push(day);
  const perDay = Math.ceil(total / days.length);
  const store = new VisitFactsStore(db);
  let written = 0;
  const facts = function* (): Generator<VisitFact> {
    for (const day of days) {
      const saturday = weekdayOf(day) === 'sat';
      const opening = zonedEpoch(day, 8 * 60 + 30, zone);
      const span = (saturday ? 3.5 : 9) * 3_600_000;
      for (let i = 0; i < perDay && written < total; i += 1, written += 1) {
        const issuedAt = opening + Math.floor(random() * span);
        const service = services[Math.floor(random() ** 1.5 * services.length)] ?? 'iris';
        const r = random();
        const result =
          r < 0.05 ? 'no-show' : r < 0.07 ? 'cancelled' : r < 0.075 ? 'unserved' : 'served';
        const waitedMs =
          result === 'cancelled' || result === 'unserved'
            ? null
            : Math.floor(random() ** 2 * 45 * 60_000);
        const calledAt = waitedMs === null ? null : issuedAt + waitedMs;
        const servedMs = result === 'served' ? Math.floor((2 + random() * 18) * 60_000) : 0;
        const startedAt = result === 'served' && calledAt !== null ? calledAt + 30_000 : null;
        const endedAt = (startedAt ?? calledAt ?? issuedAt + 3_600_000) + servedMs;
        const appointment = random() < 0.15;
        const parts = localParts(issuedAt, zone);
        const estimate =
          appointment || random() < 0.1
            ? null
            : Math.max(0, (waitedMs ?? 0) + Math.floor((random() - 0.5) * 16 * 60_000));
        yield {
          visitId: `${day}-${i + 1}`,
          day,
          week: isoWeek(day),
          service,
          firstService: random() < 0.04 ? 'iris' : service,
          channel: random() < 0.8 ? 'kiosk' : random() < 0.5 ? 'counter' : 'phone',
          counterId:
            calledAt === null ? null : (counters[Math.floor(random() * counters.length)] ?? 'g1'),
          priority: random() < 0.05,
          appointment,
          appointmentStart: appointment
            ? issuedAt + Math.floor((random() - 0.3) * 20 * 60_000)
            : null,
          language: random() < 0.9 ? 'fr' : 'en',
          issuedAt,
          calledAt,
          startedAt,
          endedAt,
          waitedMs,
          servedMs,
          result,
          recalls: result === 'no-show' ? Math.floor(random() * 3) : 0,
          transfers: random() < 0.04 ? 1 + Math.floor(random() * 2) : 0,
          delivery: random() < 0.55 ? 'printed' : random() < 0.85 ? 'paperless' : null,
          targetWaitMs: 15 * 60_000,
          estimateMs: estimate,
          hour: parts.hour,
          weekday: isoWeekday[parts.weekday] ?? 1,
        };
      }
    }
  };
  store.recordAll(facts());
  const answer = db.prepare(
    'INSERT INTO survey_answers (day, service, source, rating) VALUES (?, ?, ?, ?)',
  );
  const complaint = db.prepare(
    `INSERT INTO complaints (id, received_at, day, channel, service, category, deadline_at, answered_at, recorded_at)
     VALUES (?, ?, ?, 'letter', ?, 'attente', ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let n = 0; n < total / 10; n += 1) {
      const day = days[Math.floor(random() * days.length)] ?? `${year}-01-02`;
      answer.run(
        day,
        services[Math.floor(random() * services.length)] ?? 'iris',
        random() < 0.7 ? 'kiosk' : 'phone',
        1 + Math.floor(random() ** 0.5 * 5),
      );
    }
    for (let n = 0; n < total / 1000; n += 1) {
      const day = days[Math.floor(random() * days.length)] ?? `${year}-01-02`;
      const received = zonedEpoch(day, 10 * 60, zone);
      const deadline = received + 15 * 86_400_000;
      const answered = random() < 0.9 ? received + Math.floor(random() * 25 * 86_400_000) : null;
      complaint.run(
        `R-${year}-${String(n + 1).padStart(4, '0')}`,
        received,
        day,
        services[n % services.length] ?? 'iris',
        deadline,
        answered,
        received,
      );
    }
  })();
  return days;
}
