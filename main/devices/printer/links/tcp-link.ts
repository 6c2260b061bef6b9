import { connect, type Socket } from 'node:net';
import { LinkError, ReplyBuffer, withTimeout, type LinkSession, type PrinterLink } from './link';

// Raw TCP, port 9100 ("JetDirect"): one connection per conversation, as network printers
// expect; they serve one client at a time and answer DLE EOT on the same socket.

export interface TcpLinkOptions {
  host: string;
  port?: number;
  /** How long a closed session may still flush a job to a slow printer (ms). */
  lingerMs?: number;
}

class TcpSession implements LinkSession {
  private readonly replies = new ReplyBuffer();

  constructor(
    private readonly socket: Socket,
    private readonly lingerMs: number,
  ) {
    socket.on('data', (chunk: Buffer) => this.replies.push(chunk));
    socket.on('error', (error) => this.replies.fail(new LinkError('closed', error.message)));
    socket.on('close', () =>
      this.replies.fail(new LinkError('closed', 'the printer closed the connection')),
    );
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<void> {
    const written = new Promise<void>((resolve, reject) => {
      this.socket.write(bytes, (error) =>
        error ? reject(new LinkError('closed', error.message)) : resolve(),
      );
    });
    return withTimeout(written, timeoutMs, 'writing to the printer');
  }

  read(count: number, timeoutMs: number): Promise<Uint8Array> {
    return this.replies.read(count, timeoutMs);
  }

  close(): void {
    // A graceful end: a slow printer still takes the rest of the job (a late ticket beats
    // a torn one). The link destroys sockets that linger longer than that.
    this.socket.end();
    const linger = setTimeout(() => this.socket.destroy(), this.lingerMs);
    linger.unref();
    this.socket.once('close', () => clearTimeout(linger));
  }
}

export class TcpLink implements PrinterLink {
  readonly description: string;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly options: TcpLinkOptions) {
    this.description = `tcp://${options.host}:${options.port ?? 9100}`;
  }

  open(timeoutMs: number): Promise<LinkSession> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.options.host, port: this.options.port ?? 9100 });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new LinkError(
            'unreachable',
            `${this.description} did not accept a connection within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        this.sockets.add(socket);
        socket.once('close', () => this.sockets.delete(socket));
        resolve(new TcpSession(socket, this.options.lingerMs ?? 60_000));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(new LinkError('unreachable', `${this.description}: ${error.message}`));
      });
    });
  }

  async dispose(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }
}
