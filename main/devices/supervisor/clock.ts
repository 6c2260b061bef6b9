// Device code never calls setTimeout or Date.now directly: it takes a Clock, so tests can
// move time forward by hand (FakeClock) instead of waiting for real backoffs and polls.
export interface Clock {
  now(): number;
  /** Runs `callback` once after `ms` milliseconds; returns a function that cancels it. */
  after(ms: number, callback: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, callback) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};
