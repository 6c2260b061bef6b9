import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/engine';
import { personalDataRefusal } from '../../../shared/statistics/comment-check';
import type { Complaint } from '../../../shared/contracts/statistics';
import type { StatisticsAnswer } from '../../../shared/statistics/tables';
import { runHousekeeping } from '../housekeeping';
import { morningAt } from '../test-support/morning-clock';
import { adminPassword, startTestHub, type TestHub } from '../test-support/test-hub';

const day = '2026-04-07';
let now = morningAt(day, 9 * 60);
let t: TestHub;
let kiosk: string;
let counterAgent: string;

function run(command: Command) {
  const outcome = t.hub.context.authority.execute({ command, actor: { role: 'system' } });
  if (outcome.status !== 200) throw new Error(`${command.type}: ${JSON.stringify(outcome.body)}`);
  return (outcome.body as { events: { type: string; ticketId?: string; token?: string }[] }).events;
}

/** A visit served at g1 (or only waiting); returns its QR token. */
function visit(service = 'iris', served = true): string {
  const [issued] = run({
    type: 'ticket:issue',
    service,
    priority: false,
    channel: 'kiosk',
    language: 'fr',
  });
  const ticketId = issued?.ticketId ?? '';
  if (served) {
    run({ type: 'counter:call-ticket', counterId: 'g1', ticketId });
    run({ type: 'ticket:start', ticketId });
    run({ type: 'ticket:finish', ticketId, outcome: 'answered' });
  }
  return issued?.token ?? '';
}

const answer = (body: unknown, token?: string) =>
  t.api('POST', '/api/v1/survey', { body, ...(token ? { token } : {}) });

beforeAll(async () => {
  t = await startTestHub({ clock: () => now, settings: { surveyCommentsKeptDays: 30 } });
  kiosk = await t.device('kiosk');
  counterAgent = await t.agent('ag2');
  run({ type: 'counter:open', counterId: 'g1', agentId: 'ag1', services: [] });
});
afterAll(async () => {
  await t?.close();
});

describe('the satisfaction survey', () => {
  it('takes one answer per ticket, from a kiosk or a phone, and counts it in the statistics', async () => {
    const first = visit();
    expect((await answer({ token: first, rating: 5 }, kiosk)).status).toBe(204);
    const again = await answer({ token: first, rating: 1 });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'already-answered' } });
    const second = visit('etat-civil');
    expect(
      (await answer({ token: second, rating: 2, comment: 'Trop d’attente ; guichet 2 fermé' }))
        .status,
    ).toBe(204);
    const stats = await t.api(
      'GET',
      `/api/v1/statistics/satisfaction?period=day&date=${day}&groupBy=service`,
      {
        token: t.adminToken,
      },
    );
    expect((stats.body as StatisticsAnswer).rows).toEqual([
      {
        group: 'etat-civil',
        answers: 1,
        mean: 2,
        rating1: 0,
        rating2: 1,
        rating3: 0,
        rating4: 0,
        rating5: 0,
        satisfiedShare: 0,
      },
      {
        group: 'iris',
        answers: 1,
        mean: 5,
        rating1: 0,
        rating2: 0,
        rating3: 0,
        rating4: 0,
        rating5: 1,
        satisfiedShare: 1,
      },
    ]);
    const byCounter = await t.api(
      'GET',
      `/api/v1/statistics/satisfaction?period=day&date=${day}&groupBy=counter`,
      {
        token: t.adminToken,
      },
    );
    expect(byCounter.status).toBe(400); // answers are not tied to a counter
  });

  it('refuses, politely, a comment holding a phone number or an e-mail address', async () => {
    const token = visit();
    const phone = await answer({ token, rating: 4, comment: 'Rappelez-moi au 06 12 34 56 78' });
    expect(phone.status).toBe(422);
    expect(phone.body).toMatchObject({
      error: {
        code: 'personal-data',
        details: { reason: 'phone', explanation: personalDataRefusal.phone },
      },
    });
    // Nothing was stored: the visitor can send it again without the number.
    expect((await answer({ token, rating: 4, comment: 'Rappel apprécié' })).status).toBe(204);
  });

  it('waits until the visitor has been received, and limits answers per ticket', async () => {
    const waiting = visit('iris', false);
    const early = await answer({ token: waiting, rating: 3 });
    expect(early.body).toMatchObject({ error: { code: 'not-yet-received' } });
    const statuses = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push((await answer({ token: waiting, rating: 3 })).status);
    // Five attempts per ticket in ten minutes: the fifth after the first is refused.
    expect(statuses).toEqual([409, 409, 409, 409, 429]);
  });

  it('limits a kiosk to ten answers a minute: 100 in a minute leave 90 refused', async () => {
    now += 61_000; // past the minute of the kiosk's first answer
    const statuses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        answer({ token: `unknown-token-${i}`, rating: 5 }, kiosk),
      ),
    );
    expect(statuses.filter((a) => a.status === 429)).toHaveLength(90);
    expect(statuses.filter((a) => a.status === 404)).toHaveLength(10);
    const limited = statuses.find((a) => a.status === 429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // A minute later the kiosk may send again.
    now += 61_000;
    expect((await answer({ token: visit(), rating: 4 }, kiosk)).status).toBe(204);
  });

  it('refuses staff answering, and deletes comments when their retention ends', async () => {
    expect((await answer({ token: visit(), rating: 5 }, counterAgent)).status).toBe(403);
    const before = t.hub.context.statistics.survey.comments(day, day);
    expect(before.map((c) => c.comment)).toEqual([
      'Trop d’attente ; guichet 2 fermé',
      'Rappel apprécié',
    ]);
    now += 31 * 86_400_000;
    expect(runHousekeeping(t.hub.context)).toMatchObject({ surveyComments: 2 });
    expect(t.hub.context.statistics.survey.comments(day, day)).toEqual([]);
  });
});

describe('complaints', () => {
  let token: string;
  /** Sessions last hours and this clock jumps days: the administrator logs in afresh. */
  const logIn = async () => {
    const login = await t.api('POST', '/api/v1/auth/login', {
      body: { agentId: 'admin', password: adminPassword },
    });
    token = (login.body as { token: string }).token;
  };
  beforeAll(async () => {
    now = morningAt('2026-06-01', 10 * 60);
    await logIn();
  });

  it('records a complaint with the town’s deadline, follows it until answered, and reports late ones', async () => {
    const first = await t.api('POST', '/api/v1/complaints', {
      token,
      body: {
        channel: 'letter',
        service: 'etat-civil',
        category: 'attente',
        reference: '2026/0412',
      },
    });
    expect(first.status).toBe(201);
    const complaint = first.body as Complaint;
    expect(complaint).toMatchObject({
      id: 'R-2026-0001',
      day: '2026-06-01',
      answeredAt: null,
      late: false,
    });
    expect(complaint.deadlineAt - complaint.receivedAt).toBe(15 * 86_400_000);
    const quick = await t.api('POST', '/api/v1/complaints', {
      token,
      body: { channel: 'email', category: 'accueil', answerDays: 2 },
    });
    expect((quick.body as Complaint).id).toBe('R-2026-0002');
    const bad = await t.api('POST', '/api/v1/complaints', {
      token,
      body: { channel: 'letter', category: 'inconnue' },
    });
    expect(bad.status).toBe(400);
    const named = await t.api('POST', '/api/v1/complaints', {
      token,
      body: { channel: 'letter', category: 'accueil', reference: 'Mme Dupont' },
    });
    expect(named.status).toBe(400);

    now += 3 * 86_400_000;
    await logIn();
    const answered = await t.api('POST', '/api/v1/complaints/R-2026-0001/answer', { token });
    expect(answered.body).toMatchObject({ answeredAt: now, late: false });
    expect((await t.api('POST', '/api/v1/complaints/R-2026-0001/answer', { token })).status).toBe(
      409,
    );
    const late = await t.api('GET', '/api/v1/complaints?state=late', { token });
    expect((late.body as { complaints: Complaint[] }).complaints.map((c) => c.id)).toEqual([
      'R-2026-0002',
    ]);

    const stats = await t.api('GET', '/api/v1/statistics/complaints?period=month&date=2026-06-01', {
      token,
    });
    expect((stats.body as StatisticsAnswer).rows).toEqual([
      {
        group: 'all',
        received: 2,
        answered: 1,
        answeredInTime: 1,
        inTimeShare: 0.5,
        open: 1,
        late: 1,
        meanAnswerDays: 3,
      },
    ]);
  });
});
