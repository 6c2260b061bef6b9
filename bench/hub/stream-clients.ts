import { WebSocket } from 'ws';
import { percentile } from './bench-site';

/**
 * Opens `count` real WebSocket clients of the hub's event stream at `url`, each saying
 * hello with `token`; resolves once every one has had its first message (the snapshot).
 */
export function openStreamClients(url: string, token: string, count: number): Promise<WebSocket[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<WebSocket>((resolve, reject) => {
          const ws = new WebSocket(url);
          ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', token })));
          ws.once('message', () => resolve(ws));
          ws.once('error', reject);
        }),
    ),
  );
}

/**
 * Times `rounds` commands' fan-out to every client: `execute(round)` runs one command
 * synchronously and answers its sequence number (so no message is handled before it is
 * known); each client's delay is measured from `since()`, read when its events arrive.
 */
export async function timeFanOut(
  sockets: readonly WebSocket[],
  rounds: number,
  execute: (round: number) => number,
  since: () => number,
): Promise<{ p50: number; p99: number; message: string }> {
  const samples: number[] = [];
  let message = '';
  let expectedSeq = -1;
  let left = 0;
  let roundDone = () => {};
  for (const ws of sockets)
    ws.on('message', (data) => {
      const text = String(data);
      const parsed = JSON.parse(text) as { type: string; toSeq?: number };
      if (parsed.type !== 'events' || parsed.toSeq !== expectedSeq) return; // heartbeats
      message = text;
      samples.push(performance.now() - since());
      if (--left === 0) roundDone();
    });
  for (let r = 0; r < rounds; r++) {
    left = sockets.length;
    const done = new Promise<void>((resolve) => (roundDone = resolve));
    expectedSeq = execute(r);
    await done;
  }
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), message };
}

/** Drops every client at once and waits until each is closed. */
export async function closeStreamClients(sockets: readonly WebSocket[]): Promise<void> {
  await Promise.all(
    sockets.map(
      (ws) =>
        new Promise<void>((resolve) => {
          ws.once('close', () => resolve());
          ws.terminate();
        }),
    ),
  );
}
