// A two-way byte link to a printer (TCP socket, serial line). A session is one
// conversation: write a job, read the printer's answers. Errors say whether anything
// may have reached the printer, which is what at-most-once printing hinges on.

export type LinkErrorCode = 'unreachable' | 'timeout' | 'closed';

export class LinkError extends Error {
  constructor(
    readonly code: LinkErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LinkError';
  }
}

export interface LinkSession {
  /** Resolves once the bytes are handed to the operating system. */
  write(bytes: Uint8Array, timeoutMs: number): Promise<void>;
  /** The next `count` bytes the printer sends in this session. */
  read(count: number, timeoutMs: number): Promise<Uint8Array>;
  close(): void;
}

export interface PrinterLink {
  /** Where the printer is, for status details and logs ("tcp://10.0.0.5:9100"). */
  readonly description: string;
  open(timeoutMs: number): Promise<LinkSession>;
  dispose(): Promise<void>;
}

/** Collects what the printer sends and hands it out in requested lengths. */
export class ReplyBuffer {
  private received: number[] = [];
  private waiter: { count: number; done: (bytes: Uint8Array) => void } | null = null;
  private failure: LinkError | null = null;
  private failWaiter: ((error: LinkError) => void) | null = null;

  push(chunk: Uint8Array): void {
    for (const b of chunk) this.received.push(b);
    this.settle();
  }

  fail(error: LinkError): void {
    this.failure ??= error;
    this.failWaiter?.(error);
  }

  read(count: number, timeoutMs: number): Promise<Uint8Array> {
    if (this.waiter) return Promise.reject(new Error('one read at a time'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        this.failWaiter = null;
        reject(new LinkError('timeout', `no answer from the printer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = {
        count,
        done: (bytes) => {
          clearTimeout(timer);
          resolve(bytes);
        },
      };
      this.failWaiter = (error) => {
        clearTimeout(timer);
        this.waiter = null;
        this.failWaiter = null;
        reject(error);
      };
      this.settle();
      if (this.waiter && this.failure) this.failWaiter(this.failure);
    });
  }

  private settle(): void {
    if (!this.waiter || this.received.length < this.waiter.count) return;
    const { count, done } = this.waiter;
    this.waiter = null;
    this.failWaiter = null;
    done(Uint8Array.from(this.received.splice(0, count)));
  }
}

/** Rejects with a `timeout` LinkError when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new LinkError('timeout', `${what} took longer than ${ms} ms`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
