import { describe, expect, it } from 'vitest';
import { complaintBodySchema } from '../../../shared/contracts/statistics';
import { complaintDeadline } from '../../../shared/domain/quality-config';
import type { Refusal } from '../hub/refusal';
import {
  answerDaysOf,
  complaintBody,
  complaintProblems,
  draftDeadline,
  emptyDraft,
  type ComplaintDraft,
} from './complaint-draft';

// A fixed clock: 1 June 2026, 10:00 in Paris (08:00 UTC), never today's date.
const now = Date.UTC(2026, 5, 1, 8, 0);
const draft = (over: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
  ...emptyDraft('letter'),
  category: 'attente',
  ...over,
});

describe('the deadline a complaint gets', () => {
  it('is the town’s committed days later, to the minute', () => {
    expect(complaintDeadline(now, 15)).toBe(Date.UTC(2026, 5, 16, 8, 0));
    expect(complaintDeadline(now, 1)).toBe(Date.UTC(2026, 5, 2, 8, 0));
  });

  it('is shown before sending: the committed days when none are typed, else the typed ones', () => {
    expect(draftDeadline(draft(), now, 15)).toBe(Date.UTC(2026, 5, 16, 8, 0));
    expect(draftDeadline(draft({ answerDays: '30' }), now, 15)).toBe(Date.UTC(2026, 6, 1, 8, 0));
    // A number input gives a number once the agent typed in it.
    expect(draftDeadline(draft({ answerDays: 2 }), now, 15)).toBe(Date.UTC(2026, 5, 3, 8, 0));
    expect(draftDeadline(draft({ answerDays: ' ' }), now, 15)).toBe(Date.UTC(2026, 5, 16, 8, 0));
  });

  it('crosses a month and a year end by whole days', () => {
    const december = Date.UTC(2026, 11, 20, 15, 30);
    expect(draftDeadline(draft(), december, 15)).toBe(Date.UTC(2027, 0, 4, 15, 30));
  });

  it('is not shown for days the hub would refuse', () => {
    for (const answerDays of ['0', '366', '2.5', '-3', 'abc'])
      expect(answerDaysOf(draft({ answerDays }), 15)).toBeNull();
    expect(answerDaysOf(draft({ answerDays: '365' }), 15)).toBe(365);
    expect(draftDeadline(draft({ answerDays: '0' }), now, 15)).toBeNull();
  });
});

describe('the body sent', () => {
  it('leaves out what is empty, so the hub applies its defaults', () => {
    expect(complaintBody(draft())).toEqual({ channel: 'letter', category: 'attente' });
    expect(complaintBodySchema.safeParse(complaintBody(draft())).success).toBe(true);
  });

  it('carries the service, the trimmed reference and the days as typed', () => {
    const body = complaintBody(
      draft({ service: 'etat-civil', reference: ' 2026/0412 ', answerDays: '30' }),
    );
    expect(body).toEqual({
      channel: 'letter',
      category: 'attente',
      service: 'etat-civil',
      reference: '2026/0412',
      answerDays: 30,
    });
    expect(complaintBodySchema.safeParse(body).success).toBe(true);
  });

  it('sends a name-like reference as typed: the hub refuses it, the form does not rewrite it', () => {
    const body = complaintBody(draft({ reference: 'Mme Dupont' }));
    expect(body.reference).toBe('Mme Dupont');
    expect(complaintBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('a refusal sorted by field', () => {
  const validation = (issues: unknown): Refusal => ({
    code: 'validation',
    message:
      'the body is not valid: reference: a register reference such as "2026/0412" (no names)',
    status: 400,
    details: { issues },
  });

  it('puts each issue beside the field it names', () => {
    const problems = complaintProblems(
      validation([
        { field: 'reference', message: 'a register reference such as "2026/0412" (no names)' },
        { field: 'answerDays', message: 'Too big: expected number to be <=365' },
      ]),
    );
    expect(problems).toEqual({
      fields: {
        reference: 'a register reference such as "2026/0412" (no names)',
        answerDays: 'Too big: expected number to be <=365',
      },
      general: null,
    });
  });

  it('joins two issues on one field', () => {
    const problems = complaintProblems(
      validation([
        { field: 'category', message: 'first' },
        { field: 'category', message: 'second' },
      ]),
    );
    expect(problems.fields.category).toBe('first; second');
  });

  it('keeps as general what names no field of the form', () => {
    const unknown = validation([{ field: 'body', message: 'unknown field "name"' }]);
    expect(complaintProblems(unknown)).toEqual({ fields: {}, general: unknown });
    const network: Refusal = { code: 'network', message: 'Failed to fetch', status: 0 };
    expect(complaintProblems(network)).toEqual({ fields: {}, general: network });
    const mixed = validation([
      { field: 'channel', message: 'one of counter, phone' },
      { field: 'body', message: 'unknown field "name"' },
    ]);
    expect(complaintProblems(mixed)).toEqual({
      fields: { channel: 'one of counter, phone' },
      general: mixed,
    });
  });
});
