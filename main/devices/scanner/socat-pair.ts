import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

export interface SocatPairOptions {
  /** Where the two links are made. */
  dir: string;
  /** Link to the end the app opens, as it would open /dev/ttyACM0. */
  deviceName?: string;
  /** Link to the end that plays the scanner. */
  hostName?: string;
  startTimeoutMs?: number;
}

/**
 * Two pseudo-terminals joined by socat: bytes written to `hostPath` come out of
 * `devicePath`, which the app opens with serialport as a real serial device. Stopping the
 * pair makes the device vanish the way an unplugged USB scanner does. Used by the tests
 * and by the demo's simulated scanner.
 */
export class SocatPair {
  private stopping: Promise<void> | null = null;

  private constructor(
    readonly devicePath: string,
    readonly hostPath: string,
    /** The /dev/pts nodes socat made, device end first. */
    readonly ptys: string[],
    private readonly child: ChildProcess,
    private readonly host: FileHandle,
  ) {}

  static async start(options: SocatPairOptions): Promise<SocatPair> {
    const devicePath = join(options.dir, options.deviceName ?? 'scanner');
    const hostPath = join(options.dir, options.hostName ?? 'host');
    const child = spawn('socat', [
      '-d',
      '-d',
      `pty,raw,echo=0,link=${devicePath}`,
      `pty,raw,echo=0,link=${hostPath}`,
    ]);
    let ptys: string[];
    try {
      ptys = await readyOf(child, options.startTimeoutMs ?? 5_000);
    } catch (error) {
      child.kill('SIGTERM');
      throw error;
    }
    // Kept open for the pair's life: closing the last handle on a pty end hangs it up.
    const host = await open(hostPath, constants.O_WRONLY | constants.O_NOCTTY);
    return new SocatPair(devicePath, hostPath, ptys, child, host);
  }

  /** Sends bytes as the scanner would. */
  async write(data: string | Uint8Array): Promise<void> {
    await this.host.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * Unplugs: the links go first, as a device node vanishes with its device, then socat
   * ends and this waits for it to exit. Safe to call twice. (socat itself closes a pty
   * before removing its link; a reader retrying in that gap could follow the link to a
   * /dev/pts number another program has just been given.)
   */
  async stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    this.stopping = this.unplug();
    return this.stopping;
  }

  private async unplug(): Promise<void> {
    await Promise.all([this.devicePath, this.hostPath].map((link) => rm(link, { force: true })));
    await this.host.close().catch(() => undefined);
    if (!this.running) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    await exited;
  }
}

// Resolves with the pty names once socat says it is transferring data.
function readyOf(child: ChildProcess, timeoutMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(
      () => fail(`socat did not start within ${timeoutMs} ms: ${log}`),
      timeoutMs,
    );
    const fail = (message: string) => {
      clearTimeout(timer);
      reject(new Error(message));
    };
    child.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ENOENT'
          ? 'socat is not installed (on Debian: apt-get install socat)'
          : `socat could not start: ${error.message}`,
      ),
    );
    child.once('exit', (code) => fail(`socat exited with code ${code}: ${log.trim()}`));
    child.stderr?.setEncoding('utf8');
    let started = false;
    // Read on after the start too: a full stderr pipe would block socat.
    child.stderr?.on('data', (text: string) => {
      if (started) return;
      log += text;
      if (!log.includes('starting data transfer loop')) return;
      started = true;
      clearTimeout(timer);
      resolve([...log.matchAll(/PTY is (\S+)/g)].map((m) => m[1] ?? ''));
    });
  });
}
