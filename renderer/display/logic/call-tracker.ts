import { callKey, type BoardCall } from '../../../shared/announce/call-announcement';

// Which calls of a board are new to this display: on the first board (a display just
// switched on) none, it shows them without saying them; after that, every call it has
// not seen, oldest first, across reconnections and hub restarts (a call keeps its key).

export class CallTracker {
  private readonly seen = new Set<string>();
  private primed = false;

  constructor(private readonly remember = 200) {}

  /** The calls of `calls` (latest first, as the board lists them) to announce now. */
  newCalls(calls: readonly BoardCall[]): BoardCall[] {
    const fresh = calls.filter((call) => !this.seen.has(callKey(call)));
    for (const call of fresh) this.seen.add(callKey(call));
    while (this.seen.size > this.remember) {
      const oldest = this.seen.values().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
    if (!this.primed) {
      this.primed = true;
      return [];
    }
    return fresh.sort((a, b) => a.at - b.at);
  }
}
