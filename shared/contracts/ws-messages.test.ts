import { describe, expect, it } from 'vitest';
import { serverMessageSchema } from './ws-messages';

describe('staff notices on the event stream', () => {
  it('carry an id and what happened to it, nothing else', () => {
    const notice = { type: 'complaint:answered', complaintId: 'R-2026-0001' };
    expect(serverMessageSchema.safeParse({ type: 'notice', notice }).success).toBe(true);
    // A client refuses (and resumes after) a notice that says more, or something unknown.
    for (const wrong of [
      { ...notice, reference: '2026/0412' },
      { type: 'complaint:deleted', complaintId: 'R-2026-0001' },
      { type: 'complaint:recorded', complaintId: '' },
    ])
      expect(serverMessageSchema.safeParse({ type: 'notice', notice: wrong }).success).toBe(false);
    expect(serverMessageSchema.safeParse({ type: 'notice', notice, seq: 3 }).success).toBe(false);
  });
});
