import type { FastifyInstance } from 'fastify';
import type { QueueState } from '../../../shared/engine';
import { closeGracefully } from '../../http/close-gracefully';
import type { Service } from '../../lifecycle/service-container';
import { QueueAuthority } from '../core/queue-authority';
import { queueEngine } from '../core/engine';
import { StateSnapshots } from '../core/state-snapshots';
import { publicView } from '../../../shared/contracts/views';
import type { Authenticator } from '../auth/authenticator';
import type { DeviceStore } from '../store/device-store';
import { EventStream, type EventStreamOptions } from '../server/event-stream';
import { CentralSync, type CentralSyncOptions } from '../sync/central-sync';
import { openDatabase, type Db, type OpenDatabaseOptions } from '../store/open-database';
import { HubStartError } from '../hub-start-error';

// The hub's parts that hold something while it runs, each with its start and stop.
// `startHub` starts them in dependency order; the container stops them in reverse.

export function databaseService(file: string, options: OpenDatabaseOptions = {}): Service<Db> {
  return {
    name: 'database',
    start: () => openDatabase(file, options),
    stop: (db) => void db.close(),
  };
}

export interface Queue {
  authority: QueueAuthority;
  snapshots: StateSnapshots;
}

/**
 * The one writer, rebuilt from the last state snapshot and the events after it. It takes
 * a snapshot every `everyEvents` events, and one at a clean stop so the next start
 * replays nothing (or little).
 */
export function queueService(options: {
  db: Db;
  version: string;
  clock: () => number;
  log: (message: string) => void;
  newToken: () => string;
  everyEvents?: number | undefined;
}): Service<Queue & { unsubscribe: () => void }> {
  const { db, clock, log } = options;
  const snapshotNow = ({ snapshots, authority }: Queue) =>
    snapshots.take(authority.state as QueueState, authority.lastSeq);
  return {
    name: 'queue',
    start: () => {
      const snapshots = new StateSnapshots(db, {
        version: options.version,
        clock,
        log,
        ...(options.everyEvents ? { everyEvents: options.everyEvents } : {}),
      });
      const started = performance.now();
      const authority = new QueueAuthority(db, queueEngine, clock, options.newToken, {
        snapshots,
      });
      const from = authority.startedFrom;
      log(
        `queue rebuilt from ${from > 0 ? `the state snapshot at event ${from} and ` : ''}${authority.lastSeq - from} events in ${Math.round(performance.now() - started)} ms`,
      );
      const queue = { authority, snapshots };
      // A long replay at this start (an upgrade, no snapshot yet) is not done twice.
      if (snapshots.behind(authority.lastSeq) >= (options.everyEvents ?? 10_000))
        snapshotNow(queue);
      const unsubscribe = authority.subscribe((batch) => {
        if (snapshots.due(batch)) snapshotNow(queue);
      });
      return { ...queue, unsubscribe };
    },
    stop: (queue) => {
      queue.unsubscribe();
      if (queue.snapshots.behind(queue.authority.lastSeq) > 0) snapshotNow(queue);
    },
  };
}

/** The WebSocket event stream: staff get the state, kiosks and displays the public view. */
export function eventStreamService(
  options: Omit<EventStreamOptions, 'authenticate' | 'onHello' | 'staffView' | 'publicView'> & {
    authenticator: Authenticator;
    /** Where each device's hello (app version, address) is kept. */
    devices: DeviceStore;
    clock: () => number;
  },
): Service<EventStream> {
  const { authenticator, devices, clock, authority, ...rest } = options;
  return {
    name: 'event stream',
    start: () =>
      new EventStream({
        ...rest,
        clock,
        authority,
        authenticate: (token) => authenticator.authenticate(token, clock()),
        onHello: (principal, hello) => {
          if (principal.kind === 'device') devices.noteHello(principal.deviceId, hello, clock());
        },
        staffView: () => authority.state,
        publicView: () => publicView(authority.state, clock()),
      }),
    stop: (stream) => stream.close(),
  };
}

/** Visit records, their outbox and the central API; its worker starts later (`sync worker`). */
export function centralSyncService(options: CentralSyncOptions): Service<CentralSync> {
  return {
    name: 'central sync',
    start: () => {
      try {
        return new CentralSync(options);
      } catch (error) {
        throw new HubStartError(
          `the central API settings cannot be used: ${(error as Error).message}`,
        );
      }
    },
    stop: (sync) => sync.close(),
  };
}

/**
 * The HTTP server with the event stream on it, listening. Closing closes the streams
 * first (an upgraded socket would hold the server's close), then lets the requests in
 * flight finish.
 */
export function webServerService(options: {
  app: FastifyInstance;
  stream: EventStream;
  host: string;
  port: number;
}): Service<FastifyInstance> {
  const { app, stream, host, port } = options;
  return {
    name: 'web server',
    start: async () => {
      stream.attach(app.server);
      try {
        await app.listen({ host, port });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new HubStartError(
          code === 'EADDRINUSE'
            ? `port ${port} on ${host} is already in use: stop the other program or choose another --port`
            : `cannot listen on ${host}:${port}: ${String(error)}`,
        );
      }
      return app;
    },
    stop: async () => {
      await stream.close();
      await closeGracefully(app);
    },
  };
}

/** A timer started by `start`, which returns how to cancel it. */
export function scheduledService(name: string, start: () => () => void): Service<() => void> {
  return { name, start, stop: (cancel) => cancel() };
}
