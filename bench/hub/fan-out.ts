import type { Hub } from '../../main/hub/start-hub';
import { issueCommand } from './bench-site';
import { closeStreamClients, openStreamClients, timeFanOut } from './stream-clients';

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
  const sockets = await openStreamClients(hub.eventsUrl, token, clients);
  let started = 0;
  const figures = await timeFanOut(
    sockets,
    rounds,
    (r) => {
      const command = issueCommand(from + r);
      started = performance.now();
      const outcome = hub.context.authority.execute({
        command,
        actor: { role: 'kiosk', deviceId: 'bench' },
      });
      return (outcome.body as { seq: number }).seq;
    },
    () => started,
  );
  await closeStreamClients(sockets);
  return figures;
}
