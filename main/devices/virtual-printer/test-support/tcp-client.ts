import { connect, type Socket } from 'node:net';

/** A raw TCP client for the tests: sends bytes, reads exact answers, waits for events. */
export class TcpClient {
  private received = Buffer.alloc(0);
  private readers: { count: number; resolve: (data: Buffer) => void }[] = [];
  private closedPromise: Promise<void>;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.serve();
    });
    socket.on('error', () => undefined);
    this.closedPromise = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  static connect(port: number, host = '127.0.0.1'): Promise<TcpClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host }, () => resolve(new TcpClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Resolves once the bytes are handed to the kernel. */
  send(data: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) =>
      this.socket.write(data, (error) => (error ? reject(error) : resolve())),
    );
  }

  /** The next `count` bytes the printer sends back. */
  read(count: number, timeoutMs = 5000): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${count}-byte answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.readers.push({
        count,
        resolve: (data) => {
          clearTimeout(timer);
          resolve(data);
        },
      });
      this.serve();
    });
  }

  private serve(): void {
    const reader = this.readers[0];
    if (!reader || this.received.length < reader.count) return;
    this.readers.shift();
    const data = this.received.subarray(0, reader.count);
    this.received = this.received.subarray(reader.count);
    reader.resolve(data);
    this.serve();
  }

  /** Half-closes (end of job stream) and waits until the printer closes too. */
  async close(): Promise<void> {
    this.socket.end();
    await this.closedPromise;
  }

  destroy(): Promise<void> {
    this.socket.destroy();
    return this.closedPromise;
  }
}
