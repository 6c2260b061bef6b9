import { describe, expect, it } from 'vitest';
import { normalConditions, printerState, statusAnswer, type PrinterConditions } from './conditions';

const given = (patch: Partial<PrinterConditions>): PrinterConditions => ({
  ...normalConditions,
  ...patch,
});

describe('status answers', () => {
  it('identifies the printer through GS I', () => {
    const answer = (n: number) =>
      Buffer.from(statusAnswer({ command: 'GS I', n }, normalConditions) ?? []);
    expect([...answer(1), ...answer(2), ...answer(3)]).toEqual([0x20, 0x02, 0x10]);
    expect(answer(67).toString('latin1')).toBe('_VIRTUAL ESC/POS\0');
    expect(answer(66).toString('latin1')).toBe('_ACCUEIL\0');
  });

  it('answers ESC v like GS r 1, and nothing to DLE ENQ, DLE DC4, GS a or unknown n', () => {
    expect([
      ...(statusAnswer({ command: 'ESC v', n: 0 }, given({ paperNearEnd: true })) ?? []),
    ]).toEqual([0x03]);
    for (const query of [
      { command: 'DLE ENQ', n: 1 },
      { command: 'DLE DC4', n: 8 },
      { command: 'GS a', n: 0xff },
      { command: 'DLE EOT', n: 7 },
      { command: 'GS r', n: 4 },
    ] as const) {
      expect(statusAnswer(query, normalConditions)).toBeNull();
    }
  });

  it('maps conditions to the shared printer states, the most serious first', () => {
    expect(printerState(normalConditions)).toBe('ready');
    expect(printerState(given({ paperNearEnd: true }))).toBe('paper-near-end');
    expect(printerState(given({ paperNearEnd: true, paperOut: true }))).toBe('paper-out');
    expect(printerState(given({ paperOut: true, coverOpen: true }))).toBe('cover-open');
    expect(printerState(given({ error: 'cutter' }))).toBe('error');
    expect(printerState(given({ offline: true, coverOpen: true }))).toBe('offline');
  });
});
