import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { eventStreamPath } from '../../shared/contracts/ws-messages';
import { siteConfigSchema } from '../../shared/engine';
import { Authenticator } from '../../main/hub/auth/authenticator';
import { queueEngine } from '../../main/hub/core/engine';
import { QueueAuthority } from '../../main/hub/core/queue-authority';
import { EventStream } from '../../main/hub/server/event-stream';
import { AgentStore } from '../../main/hub/store/agent-store';
import { DeviceStore } from '../../main/hub/store/device-store';
import { openDatabase } from '../../main/hub/store/open-database';
import { benchSiteConfig, issueCommand } from './bench-site';
import { openStreamClients, timeFanOut } from './stream-clients';

/**
 * The hub's event stream alone (the real authority, authentication and EventStream on a
 * plain HTTP server), so the clock starts when a commit is handed to the stream: the
 * figure is fan-out only, comparable with a bare `ws` broadcast.
 */
export async function streamFanOut(
  dir: string,
  clients: number,
  rounds: number,
): Promise<{ p50: number; p99: number; message: string }> {
  const db = openDatabase(join(dir, 'fan-out.db'));
  const authority = new QueueAuthority(db, queueEngine, Date.now, () =>
    randomBytes(16).toString('base64url'),
  );
  authority.execute({
    command: { type: 'config:replace', config: siteConfigSchema.parse(benchSiteConfig) },
    actor: { role: 'system' },
  });
  const agents = new AgentStore(db);
  agents.setCredential(
    'bench',
    'manager',
    { salt: '', hash: '', params: { N: 2, r: 1, p: 1, keyLength: 1 } },
    0,
  );
  const { token } = agents.openSession('bench', 'manager', null, Date.now(), 3_600_000);
  const authenticator = new Authenticator(new DeviceStore(db), agents);
  let committedAt = 0;
  // Subscribed before the stream, so this runs just before it broadcasts.
  authority.subscribe(() => (committedAt = performance.now()));
  const stream = new EventStream({
    authority,
    authenticate: (t) => authenticator.authenticate(t, Date.now()),
    staffView: () => authority.state,
    publicView: () => null,
  });
  const server = createServer();
  stream.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}${eventStreamPath}`;

  const sockets = await openStreamClients(url, token, clients);
  const figures = await timeFanOut(
    sockets,
    rounds,
    (r) => {
      const outcome = authority.execute({
        command: issueCommand(r),
        actor: { role: 'kiosk', deviceId: 'bench' },
      });
      return (outcome.body as { seq: number }).seq;
    },
    () => committedAt,
  );
  await stream.close();
  await new Promise((resolve) => server.close(resolve));
  db.close();
  return figures;
}
