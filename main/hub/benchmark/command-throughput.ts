import { Agent, request } from 'node:http';
import type { Actor } from '../../../shared/engine';
import { commandBodySchema, toCommand } from '../../../shared/contracts/commands';
import type { Hub } from '../start-hub';
import { issueBody, percentile } from './bench-site';

export interface Throughput {
  perSecond: number;
  p50: number;
  p99: number;
  latencies: number[];
  seconds: number;
}

const kiosk: Actor = { role: 'kiosk', deviceId: 'bench-kiosk' };
const issue = (i: number) =>
  toCommand('ticket:issue', commandBodySchema('ticket:issue').parse(issueBody(i)));

function summary(latencies: number[], seconds: number): Throughput {
  return {
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    latencies,
    seconds,
  };
}

/** One figure from runs made in several parts. */
export function mergeThroughputs(parts: readonly Throughput[]): Throughput {
  return summary(
    parts.flatMap((part) => part.latencies),
    parts.reduce((total, part) => total + part.seconds, 0),
  );
}

/** One command, one transaction, one after the other: comparable to the raw insert loop. */
export function sequentialInProcess(hub: Hub, count: number, from: number): Throughput {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const outcome = hub.context.authority.execute({ command: issue(from + i), actor: kiosk });
    if (outcome.status !== 200)
      throw new Error(`bench command refused: ${JSON.stringify(outcome.body)}`);
    latencies.push(performance.now() - t0);
  }
  return summary(latencies, (performance.now() - started) / 1000);
}

/** `concurrency` callers at once through `submit`: commands share commits (group commit). */
export async function concurrentInProcess(
  hub: Hub,
  count: number,
  from: number,
  concurrency: number,
): Promise<Throughput> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      const outcome = await hub.context.authority.submit({
        command: issue(from + i),
        actor: kiosk,
      });
      if (outcome.status !== 200)
        throw new Error(`bench command refused: ${JSON.stringify(outcome.body)}`);
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summary(latencies, (performance.now() - started) / 1000);
}

/** One keep-alive POST with node:http (a lighter load generator than fetch). */
function post(agent: Agent, url: URL, headers: Record<string, string>, body: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The whole path over HTTP: auth, JSON, zod, idempotency key, group commit, answer. */
export async function concurrentHttp(
  hub: Hub,
  token: string,
  count: number,
  from: number,
  concurrency: number,
): Promise<Throughput> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(`${hub.url}/api/v1/ticket/issue`);
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      const status = await post(
        agent,
        url,
        {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'idempotency-key': `bench-${from + i}-${Date.now()}`,
        },
        JSON.stringify(issueBody(from + i)),
      );
      if (status !== 200) throw new Error(`bench request refused: ${status}`);
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const result = summary(latencies, (performance.now() - started) / 1000);
  agent.destroy();
  return result;
}
