import { describe, expect, it } from 'vitest';
import { BufferedEvents } from './buffered-events';

type Events = { scan: string; status: number };

describe('BufferedEvents', () => {
  it('delivers live events to every listener', () => {
    const events = new BufferedEvents<Events>();
    const a: string[] = [];
    const b: string[] = [];
    events.on('scan', (s) => a.push(s));
    const off = events.on('scan', (s) => b.push(s));
    events.emit('scan', 'one');
    off();
    events.emit('scan', 'two');
    expect(a).toEqual(['one', 'two']);
    expect(b).toEqual(['one']);
  });

  it('keeps events nobody listened to, in order, for the first listener, after on() returns', async () => {
    const events = new BufferedEvents<Events>();
    events.emit('scan', 'early-1');
    events.emit('scan', 'early-2');
    events.emit('status', 7);
    const got: string[] = [];
    const off = events.on('scan', (s) => {
      got.push(s);
      off(); // `off` exists already: delivery waited for on() to return
    });
    expect(got).toEqual([]);
    events.emit('scan', 'while-flushing');
    await Promise.resolve();
    expect(got).toEqual(['early-1']);
    // The listener left after the first: the rest waits for the next one, order kept.
    const rest: string[] = [];
    events.on('scan', (s) => rest.push(s));
    await Promise.resolve();
    expect(rest).toEqual(['early-2', 'while-flushing']);
    expect(events.waitingCount('status')).toBe(1);
  });

  it('keeps only the newest events when nobody listens for long', async () => {
    const events = new BufferedEvents<Events>({ limit: 3 });
    for (let n = 1; n <= 10; n++) events.emit('status', n);
    const got: number[] = [];
    events.on('status', (n) => got.push(n));
    await Promise.resolve();
    expect(got).toEqual([8, 9, 10]);
  });

  it('reports a listener that throws and still calls the others', () => {
    const errors: unknown[] = [];
    const events = new BufferedEvents<Events>({ onListenerError: (error) => errors.push(error) });
    const got: string[] = [];
    events.on('scan', () => {
      throw new Error('boom');
    });
    events.on('scan', (s) => got.push(s));
    events.emit('scan', 'x');
    expect(got).toEqual(['x']);
    expect(errors).toHaveLength(1);
  });
});
