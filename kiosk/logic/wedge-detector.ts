// Keyboard-wedge scanners "type" what they read, much faster than a hand can, and end
// with Enter. This tells such a burst from a person typing: every key of the line comes
// within `maxGapMs` of the one before, the line is long enough, and Enter follows at once.

export interface WedgeOptions {
  /** Longest pause between two keys of one scan (people need well over 80 ms). */
  maxGapMs?: number;
  /** Shortest line taken as a scan (booking codes have 6 characters). */
  minLength?: number;
  /** Longest line kept; beyond it the burst is dropped as garbage. */
  maxLength?: number;
}

export type WedgeResult = { kind: 'scan'; text: string } | { kind: 'none' };

const none: WedgeResult = { kind: 'none' };
const ignored = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'CapsLock', 'Meta']);

export class WedgeDetector {
  private buffer = '';
  private last = Number.NEGATIVE_INFINITY;
  private overflow = false;
  private readonly maxGapMs: number;
  private readonly minLength: number;
  private readonly maxLength: number;

  constructor(options: WedgeOptions = {}) {
    this.maxGapMs = options.maxGapMs ?? 40;
    this.minLength = options.minLength ?? 4;
    this.maxLength = options.maxLength ?? 600;
  }

  /** Feeds one `keydown` (its `key` and time in ms); says when a whole scan has arrived. */
  key(key: string, at: number): WedgeResult {
    if (ignored.has(key)) return none;
    const quick = at - this.last <= this.maxGapMs;
    if (key === 'Enter') {
      const scan = quick && !this.overflow && this.buffer.length >= this.minLength;
      const text = this.buffer;
      this.reset();
      return scan ? { kind: 'scan', text } : none;
    }
    if ([...key].length !== 1) {
      this.reset();
      return none;
    }
    if (!quick) {
      this.buffer = '';
      this.overflow = false;
    }
    this.last = at;
    if (this.buffer.length >= this.maxLength) this.overflow = true;
    else this.buffer += key;
    return none;
  }

  /** Whether the keys seen so far look like the start of a scan (for swallowing them). */
  get inBurst(): boolean {
    return this.buffer.length >= 2;
  }

  reset(): void {
    this.buffer = '';
    this.last = Number.NEGATIVE_INFINITY;
    this.overflow = false;
  }
}
