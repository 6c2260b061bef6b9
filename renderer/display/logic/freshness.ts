import { heartbeatIntervalMs } from '../../../shared/contracts/ws-messages';

// Whether what the screen shows is still the hub's word. The hub sends something at least
// every heartbeat (a snapshot, events or a heartbeat), so:
// - silence longer than one heartbeat and a margin means the link is dead, even when the
//   socket still looks open (a pulled cable, a sleeping Wi-Fi: no close ever comes);
// - a link the stream reports lost (the hub stopped, the socket closed) is stale after a
//   few seconds, the time a quick reconnection takes.
// The screen then says plainly that its data may be out of date, from when it last heard
// the hub; the first word from the hub clears it and "connection restored" shows a while.
// Pure: every method takes the time, so it is tested with a fake clock.

export interface FreshnessTiming {
  /** Silence (no message at all) after which the data is stale. */
  silentAfterMs: number;
  /** Time with the link reported lost after which the data is stale. */
  lostAfterMs: number;
  /** How long "connection restored" stays up. */
  restoredShownMs: number;
}

export const defaultFreshnessTiming: FreshnessTiming = {
  silentAfterMs: heartbeatIntervalMs + 5_000,
  lostAfterMs: 4_000,
  restoredShownMs: 5_000,
};

export type Freshness =
  /** Nothing heard yet: the screen is still connecting (it has nothing to call stale). */
  | { kind: 'waiting' }
  | { kind: 'fresh' }
  /** `lastHeardAt`: when the hub was last heard from, what the screen says. */
  | { kind: 'stale'; lastHeardAt: number }
  | { kind: 'restored' };

export class FreshnessWatch {
  private lastHeardAt: number | null = null;
  private lostAt: number | null = null;
  private restoredAt: number | null = null;

  constructor(private readonly timing: FreshnessTiming = defaultFreshnessTiming) {}

  /** A message from the hub (snapshot, events, heartbeat) at `at`. */
  heard(at: number): void {
    if (this.isStale(at)) this.restoredAt = at;
    this.lastHeardAt = at;
    this.lostAt = null;
  }

  /** The stream reports its link lost (and is reconnecting) at `at`. */
  lost(at: number): void {
    this.lostAt ??= at;
  }

  state(now: number): Freshness {
    if (this.lastHeardAt === null) return { kind: 'waiting' };
    if (this.isStale(now)) return { kind: 'stale', lastHeardAt: this.lastHeardAt };
    if (this.restoredAt !== null && now - this.restoredAt < this.timing.restoredShownMs)
      return { kind: 'restored' };
    return { kind: 'fresh' };
  }

  private isStale(now: number): boolean {
    if (this.lastHeardAt === null) return false;
    return (
      now - this.lastHeardAt >= this.timing.silentAfterMs ||
      (this.lostAt !== null && now - this.lostAt >= this.timing.lostAfterMs)
    );
  }
}
