import { describe, expect, it } from 'vitest';
import { WedgeDetector } from './wedge-detector';

function feed(detector: WedgeDetector, text: string, start: number, gap: number) {
  let at = start;
  for (const key of text) {
    detector.key(key, at);
    at += gap;
  }
  return detector.key('Enter', at);
}

describe('WedgeDetector', () => {
  it('takes a fast burst ending with Enter as a scan', () => {
    expect(feed(new WedgeDetector(), 'K7M2PQ', 1000, 8)).toEqual({ kind: 'scan', text: 'K7M2PQ' });
  });

  it('leaves a person typing alone', () => {
    expect(feed(new WedgeDetector(), 'K7M2PQ', 1000, 150)).toEqual({ kind: 'none' });
  });

  it('ignores Shift between the keys of upper-case letters', () => {
    const detector = new WedgeDetector();
    let at = 0;
    for (const key of 'AB12') {
      detector.key('Shift', at);
      detector.key(key, (at += 5));
      at += 5;
    }
    expect(detector.key('Enter', at + 5)).toEqual({ kind: 'scan', text: 'AB12' });
  });

  it('starts over when a slow key interrupts, and needs a minimum length', () => {
    const detector = new WedgeDetector();
    detector.key('X', 0);
    detector.key('Y', 500);
    expect(feed(detector, 'AB', 510, 5)).toEqual({ kind: 'none' });
  });

  it('drops a burst longer than the limit instead of growing without end', () => {
    const detector = new WedgeDetector({ maxLength: 10 });
    expect(feed(detector, 'A'.repeat(50), 0, 1)).toEqual({ kind: 'none' });
    expect(feed(detector, 'QR2345', 1000, 2)).toEqual({ kind: 'scan', text: 'QR2345' });
  });

  it('an Enter long after the burst is typing, not a scan', () => {
    const detector = new WedgeDetector();
    for (const [i, key] of [...'QR2345'].entries()) detector.key(key, i * 5);
    expect(detector.key('Enter', 5000)).toEqual({ kind: 'none' });
  });
});
