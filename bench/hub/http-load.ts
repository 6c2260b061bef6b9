import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { issueBody } from './bench-site';

export interface HttpLoadJob {
  url: string;
  token: string;
  count: number;
  from: number;
  concurrency: number;
  /**
   * Requests sent first, on the same connections, and not measured: the clients' code is
   * compiled afresh in each worker, and kiosks in a town hall are not cold.
   */
  warmUp?: number;
}

export interface HttpLoadResult {
  latencies: number[];
  seconds: number;
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

/** `concurrency` clients sending tickets `from`…`from + count - 1`; each latency in ms. */
async function run(agent: Agent, job: HttpLoadJob, from: number, count: number) {
  const url = new URL(job.url);
  const latencies: number[] = [];
  let next = 0;
  const client = async () => {
    while (next < count) {
      const i = from + next++;
      const t0 = performance.now();
      const status = await post(
        agent,
        url,
        {
          'content-type': 'application/json',
          authorization: `Bearer ${job.token}`,
          'idempotency-key': `bench-${i}-${Date.now()}`,
        },
        JSON.stringify(issueBody(i)),
      );
      if (status !== 200) throw new Error(`bench request refused: ${status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, client));
  return latencies;
}

/** `concurrency` kiosks issuing `count` tickets over keep-alive connections. */
export async function httpLoad(job: HttpLoadJob): Promise<HttpLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  try {
    if (job.warmUp) await run(agent, job, job.from + job.count, job.warmUp);
    const started = performance.now();
    const latencies = await run(agent, job, job.from, job.count);
    return { latencies, seconds: (performance.now() - started) / 1000 };
  } finally {
    agent.destroy();
  }
}

// Run as a worker thread: the clients get their own thread, as kiosks are other machines.
if (parentPort && (workerData as { httpLoad?: HttpLoadJob } | null)?.httpLoad) {
  const port = parentPort;
  httpLoad((workerData as { httpLoad: HttpLoadJob }).httpLoad).then(
    (result) => port.postMessage({ result }),
    (error: unknown) => port.postMessage({ error: String(error) }),
  );
}
