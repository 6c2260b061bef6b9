import { WebSocket } from 'ws';
import { commandBodySchema, toCommand } from '../../shared/contracts/commands';
import type { Hub } from '../../main/hub/start-hub';
import { issueBody, percentile } from './bench-site';

/**
 * Connects `clients` real WebSocket clients (staff: they receive every event) and times,
 * for each command, the delay from the command's start (its durable commit included)
 * until each client has received and parsed the event.
 */
export async function hubFanOut(
  hub: Hub,
  token: string,
  clients: number,
  rounds: number,
  from: number,
): Promise<{ p50: number; p99: number; message: string }> {
  const sockets = await Promise.all(
    Array.from(
      { length: clients },
      () =>
        new Promise<WebSocket>((resolve, reject) => {
          const ws = new WebSocket(hub.eventsUrl);
          ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', token })));
          ws.once('message', () => resolve(ws));
          ws.once('error', reject);
        }),
    ),
  );
  const samples: number[] = [];
  let message = '';
  let expectedSeq = -1;
  let started = 0;
  let left = 0;
  let roundDone = () => {};
  for (const ws of sockets)
    ws.on('message', (data) => {
      const text = String(data);
      const parsed = JSON.parse(text) as { type: string; toSeq?: number };
      if (parsed.type !== 'events' || parsed.toSeq !== expectedSeq) return; // heartbeats
      message = text;
      samples.push(performance.now() - started);
      if (--left === 0) roundDone();
    });
  for (let r = 0; r < rounds; r++) {
    left = clients;
    const done = new Promise<void>((resolve) => (roundDone = resolve));
    const command = toCommand(
      'ticket:issue',
      commandBodySchema('ticket:issue').parse(issueBody(from + r)),
    );
    started = performance.now();
    // Synchronous: no message can be handled before `expectedSeq` is set below.
    const outcome = hub.context.authority.execute({
      command,
      actor: { role: 'kiosk', deviceId: 'bench' },
    });
    expectedSeq = (outcome.body as { seq: number }).seq;
    await done;
  }
  await Promise.all(
    sockets.map(
      (ws) =>
        new Promise<void>((resolve) => {
          ws.once('close', () => resolve());
          ws.terminate();
        }),
    ),
  );
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), message };
}
