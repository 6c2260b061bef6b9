import { spawn, type ChildProcess } from 'node:child_process';

// A pseudo-terminal whose other end is a TCP connection to a (virtual) printer, made by
// socat: opening `path` with serialport is talking to a serial printer, bytes and status
// answers included. Ends when the app closes the pty (socat sees the hang-up) or on stop().

export class PtyBridge {
  private constructor(
    readonly path: string,
    private readonly child: ChildProcess,
  ) {}

  static start(path: string, port: number, timeoutMs = 5000): Promise<PtyBridge> {
    const child = spawn('socat', [
      '-d',
      '-d',
      `pty,raw,echo=0,link=${path}`,
      `tcp:127.0.0.1:${port}`,
    ]);
    return new Promise((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => {
        child.kill('SIGTERM');
        reject(new Error(`socat did not start within ${timeoutMs} ms: ${log}`));
      }, timeoutMs);
      child.stderr?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('starting data transfer loop')) {
          clearTimeout(timer);
          resolve(new PtyBridge(path, child));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`socat exited with ${code}: ${log}`));
      });
    });
  }

  /** Resolves when socat has exited (by itself after a hang-up, or after stop()). */
  exited(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => this.child.once('exit', () => resolve()));
  }

  async stop(): Promise<void> {
    const exited = this.exited();
    this.child.kill('SIGTERM');
    await exited;
  }
}
