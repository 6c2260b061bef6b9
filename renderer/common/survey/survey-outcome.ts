import { HubApiError } from '../../../shared/contracts/hub-client';

// What a visitor is told after sending a survey answer: thanks, or why the hub refused it
// (each refusal has its own polite words in the visitor's language, in each app's catalog).

export type SurveyRefusal =
  | 'rate-limited'
  | 'already-answered'
  | 'email'
  | 'phone'
  | 'not-yet-received'
  | 'unknown-ticket'
  | 'unreachable';

export type SurveyOutcome = { kind: 'thanks' } | { kind: 'refused'; reason: SurveyRefusal };

/** The hub's answer to POST /api/v1/survey, as the visitor needs it. */
export function surveyOutcomeOf(error: unknown): SurveyOutcome {
  if (!(error instanceof HubApiError)) return { kind: 'refused', reason: 'unreachable' };
  switch (error.code) {
    case 'rate-limited':
      return { kind: 'refused', reason: 'rate-limited' };
    case 'already-answered':
      return { kind: 'refused', reason: 'already-answered' };
    case 'personal-data':
      return { kind: 'refused', reason: error.details?.reason === 'email' ? 'email' : 'phone' };
    case 'not-yet-received':
      return { kind: 'refused', reason: 'not-yet-received' };
    case 'not-found':
      return { kind: 'refused', reason: 'unknown-ticket' };
    default:
      return { kind: 'refused', reason: 'unreachable' };
  }
}

/** Sends one answer; never throws. */
export async function sendSurveyAnswer(
  send: (body: { token: string; rating: number; comment?: string }) => Promise<unknown>,
  answer: { token: string; rating: number; comment: string },
): Promise<SurveyOutcome> {
  const comment = answer.comment.trim();
  try {
    await send({
      token: answer.token,
      rating: answer.rating,
      ...(comment ? { comment: comment.slice(0, 500) } : {}),
    });
    return { kind: 'thanks' };
  } catch (error) {
    return surveyOutcomeOf(error);
  }
}

/** A refusal the visitor can fix by editing the comment (the form stays open). */
export const fixableRefusals: ReadonlySet<SurveyRefusal> = new Set([
  'email',
  'phone',
  'unreachable',
  'rate-limited',
]);
