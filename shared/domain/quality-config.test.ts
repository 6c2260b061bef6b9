import { describe, expect, it } from 'vitest';
import { complaintDeadline, complaintIsLate } from './quality-config';

describe('a complaint’s deadline', () => {
  const receivedAt = Date.UTC(2026, 5, 1, 8, 0);
  const deadlineAt = complaintDeadline(receivedAt, 15);

  it('is late once its deadline has passed, not at it', () => {
    const open = { deadlineAt, answeredAt: null };
    expect(complaintIsLate(open, deadlineAt - 1)).toBe(false);
    expect(complaintIsLate(open, deadlineAt)).toBe(false);
    expect(complaintIsLate(open, deadlineAt + 1)).toBe(true);
  });

  it('is never late once answered, even after its deadline', () => {
    expect(complaintIsLate({ deadlineAt, answeredAt: deadlineAt + 5 }, deadlineAt + 10)).toBe(
      false,
    );
  });
});
