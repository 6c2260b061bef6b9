import { describe, expect, it } from 'vitest';
import { parseStatusReply, stateFromBits, StatusReplyError } from './real-time-status';

const state = (bytes: number[]) => stateFromBits(parseStatusReply(Uint8Array.from(bytes))).state;

describe('real-time status', () => {
  it('maps the four DLE EOT answers to one state, the most serious first', () => {
    expect(state([0x12, 0x12, 0x12, 0x12])).toBe('ready');
    expect(state([0x12, 0x12, 0x12, 0x1e])).toBe('paper-near-end');
    expect(state([0x1a, 0x32, 0x12, 0x72])).toBe('paper-out');
    expect(state([0x1a, 0x16, 0x12, 0x12])).toBe('cover-open');
    expect(state([0x1a, 0x36, 0x12, 0x72])).toBe('cover-open');
    expect(state([0x1a, 0x52, 0x32, 0x12])).toBe('error');
    expect(state([0x1a, 0x12, 0x12, 0x12])).toBe('offline');
  });

  it('names the error it was told about', () => {
    const bits = parseStatusReply(Uint8Array.from([0x1a, 0x52, 0x1a, 0x12]));
    expect(stateFromBits(bits)).toEqual({ state: 'error', detail: 'autocutter error' });
  });

  it('refuses an answer that is not a status byte or has the wrong length', () => {
    expect(() => parseStatusReply(Uint8Array.from([0x12, 0x12, 0x12]))).toThrow(StatusReplyError);
    expect(() => parseStatusReply(Uint8Array.from([0x12, 0x12, 0x12, 0x41]))).toThrow(/0x41/);
  });
});
