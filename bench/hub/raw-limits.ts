import Database from 'better-sqlite3';
import { join } from 'node:path';
import { WebSocket, WebSocketServer } from 'ws';
import { percentile } from './bench-site';

/**
 * A bare better-sqlite3 insert loop, WAL + synchronous=FULL, one transaction per row.
 * `insert(n)` returns the seconds n rows took, so it can alternate with the hub's own
 * commands and both see the disk in the same state.
 */
export function openRawLog(dir: string, payload: string) {
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE log (seq INTEGER PRIMARY KEY, at INTEGER, type TEXT, payload TEXT)');
  const statement = db.prepare('INSERT INTO log (at, type, payload) VALUES (?, ?, ?)');
  return {
    insert(count: number): number {
      const started = performance.now();
      for (let i = 0; i < count; i++) statement.run(Date.now(), 'ticket:issued', payload);
      return (performance.now() - started) / 1000;
    },
    close: () => db.close(),
  };
}

/** A bare `ws` server broadcasting one pre-serialised payload to `clients` local clients. */
export async function rawBroadcastLatency(
  payload: string,
  clients: number,
  rounds: number,
): Promise<{ p50: number; p99: number }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const sockets = await Promise.all(
    Array.from(
      { length: clients },
      () =>
        new Promise<WebSocket>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}`);
          ws.once('open', () => resolve(ws));
        }),
    ),
  );
  while (server.clients.size < clients) await new Promise((resolve) => setImmediate(resolve));
  const samples: number[] = [];
  const data = Buffer.from(payload);
  for (let r = 0; r < rounds; r++) {
    let left = clients;
    const done = new Promise<void>((resolve) => {
      for (const ws of sockets)
        ws.once('message', (message) => {
          JSON.parse(String(message));
          samples.push(performance.now() - started);
          if (--left === 0) resolve();
        });
    });
    const started = performance.now();
    for (const ws of server.clients) ws.send(data, { binary: false });
    await done;
  }
  for (const ws of sockets) ws.terminate();
  await new Promise((resolve) => server.close(resolve));
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}
