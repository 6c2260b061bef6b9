import { describe, expect, it } from 'vitest';
import { scanRejectReasons } from '../../shared/scan/payload';
import { checkInOutcome, scanRejectionMessage } from './check-in-outcome';

const format = {
  time: (ms: number) => new Date(ms).toISOString().slice(11, 16),
  date: (iso: string) => `day ${iso}`,
};
const start = Date.UTC(2026, 10, 22, 10, 30);

describe('checkInOutcome', () => {
  it('says when a visitor who is early may check in', () => {
    const outcome = checkInOutcome(
      'too-early',
      { start, windowStart: start - 30 * 60_000, service: 'cni' },
      format,
    );
    expect(outcome).toMatchObject({
      title: 'outcome.tooEarly.title',
      params: { time: '10:30', opens: '10:00' },
      retry: false,
      service: 'cni',
    });
  });

  it('names the ticket already given, or says to keep it when the number is unknown', () => {
    expect(checkInOutcome('already-checked-in', { ticketNumber: 'E004' }, format)).toMatchObject({
      text: 'outcome.already.text',
      params: { number: 'E004' },
    });
    expect(checkInOutcome('already-checked-in', {}, format).text).toBe(
      'outcome.already.textNoNumber',
    );
  });

  it('gives the date of an appointment on another day, and a retry for an unknown code', () => {
    expect(checkInOutcome('wrong-day', { date: '2026-11-23' }, format).params).toEqual({
      date: 'day 2026-11-23',
    });
    expect(checkInOutcome('not-found', {}, format).retry).toBe(true);
  });

  it('sends any other refusal (forbidden, unavailable…) to the front desk', () => {
    for (const code of ['forbidden', 'unavailable', 'not-configured', 'surprise'])
      expect(checkInOutcome(code, {}, format).title).toBe('outcome.other.title');
  });

  it('ignores details of the wrong type rather than showing them', () => {
    const outcome = checkInOutcome('too-late', { start: '<b>10:30</b>' }, format);
    expect(outcome.params).toEqual({ time: '' });
  });
});

describe('scanRejectionMessage', () => {
  it('has words for every reason the parser or the scanner gives', () => {
    for (const reason of scanRejectReasons)
      expect(scanRejectionMessage(reason)).toMatch(/^checkin\./);
    expect(scanRejectionMessage('malformed')).toBe('checkin.damagedScan');
  });
});
