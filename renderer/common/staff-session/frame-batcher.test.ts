import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameBatcher } from './frame-batcher';

// A page's frames stand in as a queue of callbacks the test runs (as the browser does
// before it paints), and its visibility as a field; timers are the fake clock's.

let frames: Array<FrameRequestCallback | null> = [];
let visibility: 'visible' | 'hidden' = 'visible';

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  visibility = 'visible';
  vi.stubGlobal('document', {
    get visibilityState() {
      return visibility;
    },
  });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = null));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const nextFrame = () => {
  const due = frames;
  frames = [];
  for (const callback of due) callback?.(0);
};

describe('one publication per frame', () => {
  it('tells the screen once for a burst, at the next frame', () => {
    const publish = vi.fn();
    const batcher = frameBatcher(publish);
    batcher.request();
    batcher.request();
    batcher.request();
    expect(publish).not.toHaveBeenCalled();
    nextFrame();
    expect(publish).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(publish).toHaveBeenCalledTimes(1);
    batcher.request();
    nextFrame();
    expect(publish).toHaveBeenCalledTimes(2);
  });

  it('tells a hidden page at once (no frames come), so its alarms still sound', () => {
    visibility = 'hidden';
    const publish = vi.fn();
    frameBatcher(publish).request();
    expect(publish).toHaveBeenCalledTimes(1);
    expect(frames).toEqual([]);
  });

  it('tells a window the system stopped drawing within 100 ms, and only once', () => {
    const publish = vi.fn();
    frameBatcher(publish).request();
    vi.advanceTimersByTime(99);
    expect(publish).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(publish).toHaveBeenCalledTimes(1);
    nextFrame();
    expect(publish).toHaveBeenCalledTimes(1);
  });

  it('forgets what was asked once cancelled (a new snapshot replaced it)', () => {
    const publish = vi.fn();
    const batcher = frameBatcher(publish);
    batcher.request();
    batcher.cancel();
    nextFrame();
    vi.advanceTimersByTime(1_000);
    expect(publish).not.toHaveBeenCalled();
  });
});
