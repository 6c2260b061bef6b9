import { describe, expect, it } from 'vitest';
import { appointmentSchema } from './appointment';
import { exampleAppointmentDay, exampleVisit, exampleVisitBatch } from './examples';
import { centralPath } from './http';
import { MAX_VISITS_PER_BATCH, visitBatchSchema, visitRecordSchema } from './visit';

function issuesOf(value: unknown): string[] {
  const result = visitRecordSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('visit records', () => {
  it('accept every example visit', () => {
    for (let n = 0; n < 200; n++) expect(issuesOf(exampleVisit(n))).toEqual([]);
  });

  it('refuse times out of order, naming the field', () => {
    const visit = exampleVisit(1);
    expect(issuesOf({ ...visit, calledAt: '2025-03-14T06:00:00Z' })).toEqual([
      'calledAt: calledAt is before issuedAt',
    ]);
    expect(issuesOf({ ...visit, endedAt: visit.issuedAt })).toContain(
      'calledAt: calledAt is after endedAt',
    );
    expect(issuesOf({ ...visit, calledAt: null })).toEqual(['startedAt: started but never called']);
  });

  it('refuse a transfer outside the visit', () => {
    const visit = exampleVisit(3);
    expect(visit.transfers).toHaveLength(1);
    const transfers = visit.transfers.map((t) => ({ ...t, at: '2024-01-01T00:00:00Z' }));
    expect(issuesOf({ ...visit, transfers })).toEqual([
      'transfers.0.at: transfer outside the visit',
    ]);
  });

  it('compare instants, not strings, across time zones', () => {
    const visit = exampleVisit(0, {
      issuedAt: '2025-03-14T09:00:00+01:00',
      calledAt: '2025-03-14T08:05:00Z',
      startedAt: '2025-03-14T09:06:00+01:00',
      endedAt: '2025-03-14T08:20:00Z',
      transfers: [],
    });
    expect(issuesOf(visit)).toEqual([]);
  });

  it('keep personal fields only when sent, and refuse unknown channels', () => {
    expect(visitRecordSchema.parse(exampleVisit(2))).not.toHaveProperty('personal');
    expect(issuesOf({ ...exampleVisit(2), channel: 'fax' })).toHaveLength(1);
  });
});

describe('visit batches', () => {
  it('hold between 1 and the maximum number of visits', () => {
    expect(visitBatchSchema.safeParse({ visits: [] }).success).toBe(false);
    expect(visitBatchSchema.safeParse(exampleVisitBatch(MAX_VISITS_PER_BATCH)).success).toBe(true);
    expect(visitBatchSchema.safeParse(exampleVisitBatch(MAX_VISITS_PER_BATCH + 1)).success).toBe(
      false,
    );
  });
});

describe('appointments', () => {
  const [booked] = exampleAppointmentDay().appointments;

  it('take an ANTS pré-demande number of exactly 10 capitals or digits, or null', () => {
    const parse = (antsPreDemande: unknown) =>
      appointmentSchema.safeParse({ ...booked, antsPreDemande }).success;
    expect(parse('A1B2C3D4E5')).toBe(true);
    expect(parse(null)).toBe(true);
    expect(parse('A1B2C3D4E')).toBe(false);
    expect(parse('a1b2c3d4e5')).toBe(false);
    expect(parse('A1B2C3D4E56')).toBe(false);
  });

  it('carry an opaque QR token that cannot hold a name with spaces or accents', () => {
    expect(appointmentSchema.safeParse({ ...booked, qrToken: 'Mme Hélène Dupont 1' }).success).toBe(
      false,
    );
  });
});

describe('paths', () => {
  it('encode the site id', () => {
    expect(centralPath('visitBatches', 'issy')).toBe('/v1/sites/issy/visit-batches');
    expect(centralPath('appointments', 'a/b')).toBe('/v1/sites/a%2Fb/appointments');
  });
});
