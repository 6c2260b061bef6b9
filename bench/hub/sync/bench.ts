import type { Bench, BenchFigure } from '../../report';
import { round } from '../bench-site';
import { consoleActions } from './console-actions';
import { drainBacklog } from './drain-backlog';

const ms = (name: string, value: number, note: string): BenchFigure => ({
  name,
  value: round(value),
  unit: 'ms',
  note,
});

/** The central sync's figures: draining a large backlog, and the console's click-to-answer. */
export const bench: Bench = async () => {
  const drain = await drainBacklog(100_000, 1000);
  const console = await consoleActions(400);
  return {
    title: 'Hub: visits to the central API, console actions',
    figures: [
      {
        name: `drain a backlog of ${drain.visits.toLocaleString('en-US')} visits into the sandbox`,
        value: round(drain.drainSeconds),
        unit: 's',
        target: '< 60 s',
        meets: drain.drainSeconds < 60 && drain.visits === 100_000,
        note: `${drain.batches} batches of ${drain.batchSize}, one at a time, each validated and stored (FULL sync) by the sandbox; ${drain.duplicates} duplicates`,
      },
      {
        name: '  throughput',
        value: Math.round(drain.visits / drain.drainSeconds),
        unit: 'visits/s',
        note: `outbox filled beforehand in ${round(drain.fillSeconds)} s (one transaction)`,
      },
      ms(
        'console "call next" → hub answer, p50',
        console.callNext.p50,
        'HTTP, agent token, Idempotency-Key, durable commit',
      ),
      ms('console "call next" → hub answer, p99', console.callNext.p99, `${console.samples} calls`),
      ms(
        'console "finish" → hub answer, p50',
        console.finish.p50,
        'the visit record and its outbox row written in the same commit',
      ),
      ms(
        'console "finish" → hub answer, p99',
        console.finish.p99,
        `${console.samples} finishes, sync worker sending meanwhile`,
      ),
    ],
  };
};
