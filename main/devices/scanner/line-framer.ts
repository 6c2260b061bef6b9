export const lineTerminators = ['CR', 'LF', 'CRLF'] as const;
export type LineTerminator = (typeof lineTerminators)[number];

export const terminatorText: Record<LineTerminator, string> = { CR: '\r', LF: '\n', CRLF: '\r\n' };

export type FrameEvent =
  | { type: 'line'; bytes: Uint8Array }
  /** A line grew past the limit: it is dropped, and so is the rest of it up to its end. */
  | { type: 'overflow'; limit: number };

const CR = 0x0d;
const LF = 0x0a;

/**
 * Cuts a byte stream into lines by the configured terminator, the way a serial scanner
 * sends them. Memory stays bounded: a line longer than `maxLineBytes` is reported once and
 * its remaining bytes are skipped until the next terminator, so a device that floods the
 * port without ever ending a line costs nothing more than the buffer. Framing is strict:
 * with CRLF, a lone CR is line content (and the parser will refuse it as a control
 * character); with CR, the LF of a CR LF starts the next line. Time is not its concern:
 * the caller discards a hanging partial line (`takePartial`).
 */
export class LineFramer {
  private readonly buffer: Uint8Array;
  private length = 0;
  private skipping = false;
  // CRLF only: the previous byte was a CR that may be the first half of a terminator.
  private heldCR = false;

  constructor(
    readonly terminator: LineTerminator,
    readonly maxLineBytes: number,
  ) {
    if (!Number.isInteger(maxLineBytes) || maxLineBytes < 1)
      throw new RangeError(`maxLineBytes must be a positive integer, got ${maxLineBytes}`);
    this.buffer = new Uint8Array(maxLineBytes);
  }

  push(chunk: Uint8Array): FrameEvent[] {
    const events: FrameEvent[] = [];
    for (const byte of chunk) {
      if (this.terminator === 'CRLF') {
        if (this.heldCR) {
          this.heldCR = false;
          if (byte === LF) {
            this.endLine(events);
            continue;
          }
          this.append(CR, events);
        }
        if (byte === CR) this.heldCR = true;
        else this.append(byte, events);
      } else if (byte === (this.terminator === 'CR' ? CR : LF)) {
        this.endLine(events);
      } else {
        this.append(byte, events);
      }
    }
    return events;
  }

  /** Whether a line has begun and not ended (including one being skipped). */
  get hasPartial(): boolean {
    return this.length > 0 || this.skipping || this.heldCR;
  }

  /**
   * Drops the line in progress. Returns how many of its bytes were buffered, or null when
   * the line had already been reported as an overflow (nothing more to say about it).
   */
  takePartial(): number | null {
    const wasSkipping = this.skipping;
    const buffered = this.length + (this.heldCR ? 1 : 0);
    this.length = 0;
    this.skipping = false;
    this.heldCR = false;
    return wasSkipping ? null : buffered;
  }

  private append(byte: number, events: FrameEvent[]): void {
    if (this.skipping) return;
    if (this.length === this.maxLineBytes) {
      this.skipping = true;
      this.length = 0;
      events.push({ type: 'overflow', limit: this.maxLineBytes });
      return;
    }
    this.buffer[this.length++] = byte;
  }

  private endLine(events: FrameEvent[]): void {
    if (!this.skipping) events.push({ type: 'line', bytes: this.buffer.slice(0, this.length) });
    this.length = 0;
    this.skipping = false;
  }
}
