import { createHubClient, HubApiError } from '../../shared/contracts/hub-client';
import type { DomainEvent } from '../../shared/engine';
import {
  serviceTimes,
  transfers,
  visitors,
  walkInsPerHour,
} from '../../shared/simulator/day-profiles';
import { createRandom, type Random } from '../../shared/simulator/random';

// The demo's living day: demo agents at some counters and a few kiosk visitors, all
// through the hub's real HTTP API (login, counter:open, call-next, start, finish or
// transfer; ticket:issue with the kiosk's token), with the simulator's service times and
// arrival rates (shared/simulator/day-profiles.ts). The counters left free are for a
// person to open: their tickets are called like everyone's.

export interface DemoAgent {
  agentId: string;
  password: string;
  counterId: string;
  services: string[];
}

export interface DemoActivityOptions {
  hubUrl: string;
  kioskToken: string;
  agents: readonly DemoAgent[];
  /** Simulated minutes per real minute: 1 is real time; tests run much faster. */
  timeScale: number;
  seed: number;
  log: (line: string) => void;
  /** Share of the simulated walk-in rate the kiosk brings (the demo site is small). */
  kioskLoad?: number;
  /** Visitors who take a ticket as soon as the activity starts (default 3). */
  initialVisitors?: number;
}

export interface DemoActivity {
  counts: { issued: number; called: number; finished: number; transferred: number };
  stop(): Promise<void>;
}

const minute = 60_000;

export function startDemoActivity(options: DemoActivityOptions): DemoActivity {
  const random = createRandom(options.seed);
  const abort = new AbortController();
  const counts = { issued: 0, called: 0, finished: 0, transferred: 0 };
  // Each sleep takes its abort listener away when it wakes: a demo runs all day.
  const sleep = (simulatedMinutes: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        abort.signal.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, (simulatedMinutes * minute) / options.timeScale);
      abort.signal.addEventListener('abort', wake, { once: true });
    });
  const stopped = () => abort.signal.aborted;
  const client = (token: () => string | undefined) =>
    createHubClient({
      baseUrl: options.hubUrl,
      fetch: (url, init) => fetch(url, init),
      token,
      newIdempotencyKey: () => crypto.randomUUID(),
    });
  // Each kind of refusal is said once (a closed service refuses every visitor after it).
  const reported = new Set<string>();
  const report = (who: string, error: unknown) => {
    if (stopped()) return;
    const text = error instanceof HubApiError ? `${error.code}: ${error.message}` : String(error);
    const kind = `${who} ${error instanceof HubApiError ? error.code : text}`;
    if (reported.has(kind)) return;
    reported.add(kind);
    options.log(`demo activity: ${who}: ${text}`);
  };

  async function agentDay(agent: DemoAgent, own: Random): Promise<void> {
    const { token } = await client(() => undefined).login({
      agentId: agent.agentId,
      password: agent.password,
    });
    const hub = client(() => token);
    const opened = await hub
      .command('counter:open', {
        counterId: agent.counterId,
        agentId: agent.agentId,
        services: agent.services,
      })
      .catch((error: unknown) => {
        // Reopened by a restarted demo: the counter may already be open for this agent.
        if (error instanceof HubApiError && error.code === 'invalid-state') return null;
        throw error;
      });
    if (opened) options.log(`demo activity: ${agent.agentId} opens ${agent.counterId}`);
    while (!stopped()) {
      const called = await hub
        .command('counter:call-next', { counterId: agent.counterId })
        .then((answer) => calledTicket(answer.events))
        .catch((error: unknown) => {
          if (!(error instanceof HubApiError && error.code === 'queue-empty'))
            report(agent.agentId, error);
          return undefined;
        });
      if (!called) {
        await sleep(0.5);
        continue;
      }
      counts.called += 1;
      const { service } = await hub.ticket(called);
      // Stopping mid-visit still ends it (sleeps end at once), so the counter is left free.
      await sleep(own.uniform(...visitors.walkToCounterMinutes));
      await hub.command('ticket:start', { ticketId: called });
      const model = serviceTimes[service] ?? { medianMinutes: 5, sigma: 0.5 };
      await sleep(Math.min(30, own.logNormal(model.medianMinutes, model.sigma)));
      const rule = (transfers[service] ?? []).find((r) => own.chance(r.probability));
      if (rule) {
        await hub.command('ticket:transfer', { ticketId: called, to: { service: rule.to } });
        counts.transferred += 1;
      } else {
        await hub.command('ticket:finish', { ticketId: called, outcome: 'resolved' });
        counts.finished += 1;
      }
    }
    await hub.command('counter:close', { counterId: agent.counterId });
  }

  async function kioskDay(): Promise<void> {
    const hub = client(() => options.kioskToken);
    const rates = Object.entries(walkInsPerHour).filter(([s]) => s !== 'ccas');
    const perHour = rates.reduce((sum, [, rate]) => sum + rate, 0) * (options.kioskLoad ?? 0.6);
    // A few visitors are already there when the demo starts: the queue moves at once.
    for (let waiting = options.initialVisitors ?? 3; !stopped(); waiting -= 1) {
      if (waiting <= 0) await sleep(random.exponential(60 / perHour));
      if (stopped()) break;
      const [service] = random.pick(rates, ([, rate]) => rate);
      await hub
        .command('ticket:issue', {
          service,
          priority: random.chance(visitors.priorityShare),
          channel: 'kiosk',
          language: 'fr',
        })
        .then(() => (counts.issued += 1))
        .catch((error: unknown) => report('kiosk', error));
    }
  }

  const runs = [
    ...options.agents.map((agent, i) =>
      agentDay(agent, createRandom(options.seed + i + 1)).catch((error: unknown) =>
        report(agent.agentId, error),
      ),
    ),
    kioskDay(),
  ];
  return {
    counts,
    async stop() {
      abort.abort();
      await Promise.all(runs);
    },
  };
}

function calledTicket(events: DomainEvent[]): string | undefined {
  for (const event of events) if (event.type === 'ticket:called') return event.ticketId;
  return undefined;
}
