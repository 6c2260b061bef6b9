import { Worker } from 'node:worker_threads';
import type { Actor } from '../../shared/engine';
import type { Hub } from '../../main/hub/start-hub';
import type { HttpLoadJob, HttpLoadResult } from './http-load';
import { issueCommand as issue, percentile } from './bench-site';

export interface Throughput {
  perSecond: number;
  p50: number;
  p99: number;
  latencies: number[];
  seconds: number;
}

const kiosk: Actor = { role: 'kiosk', deviceId: 'bench-kiosk' };

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

/**
 * The whole path over HTTP: auth, JSON, zod, idempotency key, group commit, answer. The
 * clients run in a worker thread (kiosks are other machines; here they share the cores).
 */
export async function concurrentHttp(
  hub: Hub,
  token: string,
  count: number,
  from: number,
  concurrency: number,
  warmUp = 0,
): Promise<Throughput> {
  const job: HttpLoadJob = {
    url: `${hub.url}/api/v1/ticket/issue`,
    token,
    count,
    from,
    concurrency,
    warmUp,
  };
  const worker = new Worker(new URL('./http-load-worker.mjs', import.meta.url), {
    workerData: { httpLoad: job },
  });
  try {
    const answer = await new Promise<{ result?: HttpLoadResult; error?: string }>(
      (resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      },
    );
    if (!answer.result) throw new Error(`the HTTP load failed: ${answer.error ?? 'no answer'}`);
    return summary(answer.result.latencies, answer.result.seconds);
  } finally {
    await worker.terminate();
  }
}
