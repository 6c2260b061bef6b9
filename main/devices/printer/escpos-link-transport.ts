import { printerCanPrint, type PrinterStatus } from '../../../shared/devices/status';
import {
  parseStatusReply,
  stateFromBits,
  statusQuery,
  statusReplyLength,
} from '../../../shared/print/real-time-status';
import { LinkError, type LinkSession, type PrinterLink } from './links/link';
import type { PrinterTransport, SendOutcome } from './transport';

// Two-way printing over our own socket or serial port, not node-thermal-printer: its
// network interface closes the socket as soon as a job is written (or after the first
// reply chunk), so it can neither read the four DLE EOT answers reliably nor tell "never
// connected" from "sent but unconfirmed", which at-most-once printing needs to know.

export interface LinkTimeouts {
  /** To connect or open the port. */
  openMs: number;
  /** For the printer to answer a status query. */
  statusMs: number;
  /** For a job to be written and acknowledged by the status query that follows it. */
  jobMs: number;
}

const defaultTimeouts: LinkTimeouts = { openMs: 2000, statusMs: 1500, jobMs: 10_000 };

export class EscPosLinkTransport implements PrinterTransport {
  readonly readsStatus = true;
  private lastReadAt: number | null = null;
  private readonly timeouts: LinkTimeouts;
  private readonly now: () => number;

  constructor(
    readonly deviceId: string,
    private readonly link: PrinterLink,
    options: { timeouts?: Partial<LinkTimeouts>; now?: () => number } = {},
  ) {
    this.timeouts = { ...defaultTimeouts, ...options.timeouts };
    this.now = options.now ?? Date.now;
  }

  private status(state: PrinterStatus['state'], detail?: string): PrinterStatus {
    return {
      kind: 'printer',
      deviceId: this.deviceId,
      state,
      readsStatus: true,
      lastReadAt: this.lastReadAt,
      ...(detail ? { detail } : {}),
    };
  }

  private fromReply(reply: Uint8Array): PrinterStatus {
    try {
      const { state, detail } = stateFromBits(parseStatusReply(reply));
      this.lastReadAt = this.now();
      return this.status(state, detail);
    } catch (error) {
      return this.status('error', `unexpected status answer: ${(error as Error).message}`);
    }
  }

  private unreachable(error: unknown): PrinterStatus {
    const message = error instanceof Error ? error.message : String(error);
    return this.status('offline', `${this.link.description}: ${message}`);
  }

  private async query(session: LinkSession): Promise<PrinterStatus> {
    await session.write(statusQuery, this.timeouts.statusMs);
    return this.fromReply(await session.read(statusReplyLength, this.timeouts.statusMs));
  }

  async readStatus(): Promise<PrinterStatus> {
    let session: LinkSession;
    try {
      session = await this.link.open(this.timeouts.openMs);
    } catch (error) {
      return this.unreachable(error);
    }
    try {
      return await this.query(session);
    } catch (error) {
      return this.unreachable(error);
    } finally {
      session.close();
    }
  }

  async send(bytes: Uint8Array): Promise<SendOutcome> {
    let session: LinkSession;
    try {
      session = await this.link.open(this.timeouts.openMs);
    } catch (error) {
      const status = this.unreachable(error);
      return { kind: 'not-sent', status, detail: status.detail ?? 'unreachable' };
    }
    try {
      let before: PrinterStatus;
      try {
        before = await this.query(session);
      } catch (error) {
        const status = this.unreachable(error);
        return { kind: 'not-sent', status, detail: status.detail ?? 'no status answer' };
      }
      if (!printerCanPrint(before))
        return { kind: 'not-sent', status: before, detail: `printer is ${before.state}` };
      // From here on, bytes may reach the paper: every failure is "uncertain".
      const job = new Uint8Array(bytes.length + statusQuery.length);
      job.set(bytes);
      job.set(statusQuery, bytes.length);
      try {
        await session.write(job, this.timeouts.jobMs);
        const after = this.fromReply(await session.read(statusReplyLength, this.timeouts.jobMs));
        return { kind: 'confirmed', status: after };
      } catch (error) {
        const detail =
          error instanceof LinkError && error.code === 'timeout'
            ? `the printer did not acknowledge the job: ${error.message}`
            : `the link failed while sending: ${(error as Error).message}`;
        return { kind: 'uncertain', status: this.status('unknown', detail), detail };
      }
    } finally {
      session.close();
    }
  }

  close(): Promise<void> {
    return this.link.dispose();
  }
}
