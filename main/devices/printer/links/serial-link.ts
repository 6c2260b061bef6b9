import { SerialPort } from 'serialport';
import { LinkError, ReplyBuffer, withTimeout, type LinkSession, type PrinterLink } from './link';

// A serial line (RS-232, or a USB printer that shows up as /dev/ttyUSB* or /dev/ttyACM*).
// Unlike TCP the port stays open between jobs; it is reopened after an error or unplug.
// Bytes arriving between sessions are dropped, so a late answer to an earlier query is
// never read as the answer to the next one.

export interface SerialLinkOptions {
  path: string;
  baudRate?: number;
}

export class SerialLink implements PrinterLink {
  readonly description: string;
  private port: SerialPort | null = null;
  private replies: ReplyBuffer | null = null;

  constructor(private readonly options: SerialLinkOptions) {
    this.description = `serial:${options.path}@${options.baudRate ?? 9600}`;
  }

  private async ensureOpen(timeoutMs: number): Promise<SerialPort> {
    if (this.port?.isOpen) return this.port;
    const port = new SerialPort({
      path: this.options.path,
      baudRate: this.options.baudRate ?? 9600,
      autoOpen: false,
    });
    const opened = new Promise<void>((resolve, reject) =>
      port.open((error) => (error ? reject(error) : resolve())),
    );
    try {
      await withTimeout(opened, timeoutMs, `opening ${this.options.path}`);
    } catch (error) {
      if (port.isOpen) port.close();
      throw new LinkError('unreachable', `${this.description}: ${(error as Error).message}`);
    }
    port.on('data', (chunk: Buffer) => this.replies?.push(chunk));
    port.on('close', () => {
      this.replies?.fail(new LinkError('closed', `${this.options.path} was closed`));
      if (this.port === port) this.port = null;
    });
    port.on('error', (error) => this.replies?.fail(new LinkError('closed', error.message)));
    this.port = port;
    return port;
  }

  async open(timeoutMs: number): Promise<LinkSession> {
    const port = await this.ensureOpen(timeoutMs);
    const replies = new ReplyBuffer();
    this.replies = replies;
    return {
      write: (bytes, writeTimeoutMs) => {
        const written = new Promise<void>((resolve, reject) => {
          port.write(Buffer.from(bytes), (error) => {
            if (error) return reject(new LinkError('closed', error.message));
            port.drain((drainError) =>
              drainError ? reject(new LinkError('closed', drainError.message)) : resolve(),
            );
          });
        });
        return withTimeout(written, writeTimeoutMs, `writing to ${this.options.path}`);
      },
      read: (count, readTimeoutMs) => replies.read(count, readTimeoutMs),
      close: () => {
        if (this.replies === replies) this.replies = null;
      },
    };
  }

  async dispose(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
