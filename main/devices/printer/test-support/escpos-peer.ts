import { createServer, type Server, type Socket } from 'node:net';

// A small TCP peer that behaves like a network receipt printer where the tests need it
// before (or beside) the full virtual printer: it keeps every byte per connection and
// answers DLE EOT 1..4 with the status bytes of its current condition. Our jobs never
// hold a DLE EOT inside image data (see withoutRealTimeCommands), so scanning for the
// sequence is what a real printer does.

export type PeerCondition = 'ready' | 'paper-near-end' | 'paper-out' | 'cover-open' | 'error';

// Printer, offline cause, error cause, paper sensor: fixed bits 0x12 plus the condition's.
const replies: Record<PeerCondition, [number, number, number, number]> = {
  ready: [0x12, 0x12, 0x12, 0x12],
  'paper-near-end': [0x12, 0x12, 0x12, 0x1e],
  'paper-out': [0x1a, 0x32, 0x12, 0x72],
  'cover-open': [0x1a, 0x16, 0x12, 0x12],
  error: [0x1a, 0x52, 0x32, 0x12],
};

export interface EscPosPeer {
  port: number;
  /** Bytes received, one entry per connection that sent anything besides status queries. */
  jobs: Buffer[];
  connections: number;
  setCondition(condition: PeerCondition): void;
  /** Once a connection has sent job data, its status answers wait this long (ms). */
  setBusyDelay(ms: number): void;
  /** Resolves when `count` jobs have been received completely (connection closed). */
  waitForJobs(count: number): Promise<Buffer[]>;
  close(): Promise<void>;
}

export async function startEscPosPeer(): Promise<EscPosPeer> {
  let condition: PeerCondition = 'ready';
  let busyDelay = 0;
  const jobs: Buffer[] = [];
  const sockets = new Set<Socket>();
  const waiters: { count: number; resolve: (jobs: Buffer[]) => void }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const peer = { connections: 0 };

  const server: Server = createServer((socket) => {
    peer.connections += 1;
    sockets.add(socket);
    const chunks: Buffer[] = [];
    let pending = Buffer.alloc(0);
    let jobBytes = 0;
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      const scan = Buffer.concat([pending, chunk]);
      const reply: number[] = [];
      let i = 0;
      while (i < scan.length) {
        if (scan[i] === 0x10 && i + 2 >= scan.length) break; // a query cut in two
        const n = scan[i + 2] ?? 0;
        if (scan[i] === 0x10 && scan[i + 1] === 0x04 && n >= 1 && n <= 4) {
          reply.push(replies[condition][n - 1]!);
          i += 3;
        } else {
          jobBytes += 1;
          i += 1;
        }
      }
      pending = scan.subarray(i);
      if (reply.length === 0) return;
      const send = () => socket.writable && socket.write(Uint8Array.from(reply));
      if (jobBytes > 0 && busyDelay > 0) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, busyDelay);
        timers.add(timer);
      } else send();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      if (jobBytes > 0) jobs.push(Buffer.concat(chunks));
      for (const waiter of [...waiters])
        if (jobs.length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(jobs.slice());
        }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('peer has no port');

  return {
    port: address.port,
    jobs,
    get connections() {
      return peer.connections;
    },
    setCondition: (next) => {
      condition = next;
    },
    setBusyDelay: (ms) => {
      busyDelay = ms;
    },
    waitForJobs: (count) =>
      jobs.length >= count
        ? Promise.resolve(jobs.slice())
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
