import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { isActiveAlert } from '../../../shared/domain/alert';
import type { HubContext } from '../hub-context';

/** Seconds for request latencies: the hub answers in milliseconds; a slow answer shows. */
const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface HubMetrics {
  /** Counts and times one answered API request (the route's pattern, not its URL). */
  observe(method: string, route: string, status: number, seconds: number): void;
  /** The Prometheus text exposition, with the queue's figures read now. */
  render(): Promise<string>;
  readonly contentType: string;
}

/**
 * The hub's figures for the town's monitoring (Prometheus format, prom-client). One
 * registry per hub, not prom-client's global one: several hubs may share a process
 * (tests, a small site hosting the hub in its Electron app).
 */
export function createHubMetrics(hub: HubContext, streamClients: () => number): HubMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'accueil_' });
  const requests = new Counter({
    name: 'accueil_http_requests_total',
    help: 'API requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'accueil_http_request_duration_seconds',
    help: 'Time to answer an API request (commands include their durable commit)',
    labelNames: ['method', 'route'] as const,
    buckets: latencyBuckets,
    registers: [registry],
  });
  const state = () => hub.authority.state;
  new Gauge({
    name: 'accueil_event_seq',
    help: 'Sequence number of the latest event in the log',
    registers: [registry],
    collect() {
      this.set(hub.authority.lastSeq);
    },
  });
  new Gauge({
    name: 'accueil_queue_waiting',
    help: 'Tickets waiting now, per service',
    labelNames: ['service'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const { config, tickets, waiting } = state();
      for (const service of config?.services ?? []) this.set({ service: service.code }, 0);
      for (const id of Object.keys(waiting)) {
        const ticket = tickets[id];
        if (ticket) this.inc({ service: ticket.service });
      }
    },
  });
  new Gauge({
    name: 'accueil_queue_longest_wait_seconds',
    help: 'How long the longest-waiting ticket has waited, per service',
    labelNames: ['service'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const now = hub.clock();
      const longest = new Map<string, number>();
      const { tickets, waiting } = state();
      for (const id of Object.keys(waiting)) {
        const ticket = tickets[id];
        if (!ticket) continue;
        const waited = Math.max(0, now - ticket.queuedAt) / 1000;
        longest.set(ticket.service, Math.max(longest.get(ticket.service) ?? 0, waited));
      }
      for (const [service, seconds] of longest) this.set({ service }, seconds);
    },
  });
  new Gauge({
    name: 'accueil_counters',
    help: 'Counters by status (open, paused, closed)',
    labelNames: ['status'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const status of ['open', 'paused', 'closed']) this.set({ status }, 0);
      for (const counter of Object.values(state().counters)) this.inc({ status: counter.status });
    },
  });
  new Gauge({
    name: 'accueil_alerts_active',
    help: 'Active staff alerts, by kind',
    labelNames: ['kind'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const alert of Object.values(state().alerts))
        if (isActiveAlert(alert)) this.inc({ kind: alert.kind });
    },
  });
  new Gauge({
    name: 'accueil_stream_clients',
    help: 'Event-stream connections open now (kiosks, displays, consoles)',
    registers: [registry],
    collect() {
      this.set(streamClients());
    },
  });
  new Gauge({
    name: 'accueil_sync_backlog',
    help: 'Visit records waiting to be sent to the central API',
    registers: [registry],
    collect() {
      this.set(hub.sync.summary().backlog);
    },
  });
  new Gauge({
    name: 'accueil_sync_quarantined',
    help: 'Visit records the central API refused (need a fix, then resend)',
    registers: [registry],
    collect() {
      this.set(hub.sync.summary().quarantined);
    },
  });
  new Gauge({
    name: 'accueil_devices_silent',
    help: 'Enrolled devices not heard from within monitoring.silentAfterMinutes, by role',
    labelNames: ['role'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const limit = hub.clock() - hub.settings.monitoring.silentAfterMinutes * 60_000;
      for (const device of hub.devices.list())
        if (device.revokedAt === null && (device.lastSeenAt ?? device.enrolledAt) < limit)
          this.inc({ role: device.role });
    },
  });
  return {
    observe(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
