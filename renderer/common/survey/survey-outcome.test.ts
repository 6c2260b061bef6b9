import { describe, expect, it } from 'vitest';
import { HubApiError } from '../../../shared/contracts/hub-client';
import { sendSurveyAnswer } from './survey-outcome';

// The hub's refusals of a survey answer, as the visitor is told them.
describe('a survey answer sent', () => {
  const answer = { token: 'x'.repeat(20), rating: 4, comment: '  ' };
  const refusedWith = (error: unknown) => () => Promise.reject(error);

  it('sends the rating, and the comment only when there is one', async () => {
    const sent: unknown[] = [];
    const send = (body: unknown) => (sent.push(body), Promise.resolve());
    expect(await sendSurveyAnswer(send, answer)).toEqual({ kind: 'thanks' });
    await sendSurveyAnswer(send, { ...answer, comment: ' Très bon accueil ' });
    expect(sent).toEqual([
      { token: answer.token, rating: 4 },
      { token: answer.token, rating: 4, comment: 'Très bon accueil' },
    ]);
  });

  it('names each refusal of the hub', async () => {
    const cases: [unknown, string][] = [
      [new HubApiError(429, 'rate-limited', 'too many'), 'rate-limited'],
      [new HubApiError(409, 'already-answered', 'once'), 'already-answered'],
      [new HubApiError(422, 'personal-data', 'no', { reason: 'email' }), 'email'],
      [new HubApiError(422, 'personal-data', 'no', { reason: 'phone' }), 'phone'],
      [new HubApiError(409, 'not-yet-received', 'later'), 'not-yet-received'],
      [new HubApiError(404, 'not-found', 'which?'), 'unknown-ticket'],
      [new TypeError('Failed to fetch'), 'unreachable'],
    ];
    for (const [error, reason] of cases)
      expect(await sendSurveyAnswer(refusedWith(error), answer)).toEqual({
        kind: 'refused',
        reason,
      });
  });
});
