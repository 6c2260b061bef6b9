import { describe, expect, it } from 'vitest';
import {
  ServiceContainer,
  ServiceStartError,
  ServiceStopError,
  type Service,
} from './service-container';

/** A service that records its start and stop in `journal`, and can be told to fail. */
function recorded(
  journal: string[],
  name: string,
  fail: { start?: boolean; stop?: boolean } = {},
): Service<string> {
  return {
    name,
    start: async () => {
      await Promise.resolve();
      if (fail.start) throw new Error(`${name} broke`);
      journal.push(`start ${name}`);
      return `${name} value`;
    },
    stop: async (value) => {
      await Promise.resolve();
      journal.push(`stop ${name} (${value})`);
      if (fail.stop) throw new Error(`${name} stuck`);
    },
  };
}

async function failure<E>(promise: Promise<unknown>): Promise<E> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as E,
  );
}

describe('ServiceContainer', () => {
  it('starts in the given order, hands each value on, and stops in reverse', async () => {
    const journal: string[] = [];
    const services = new ServiceContainer();
    const database = await services.start(recorded(journal, 'database'));
    const web = await services.start({
      name: 'web',
      start: () => `web on ${database}`,
      stop: (value) => void journal.push(`stop ${value}`),
    });
    await services.start({ name: 'timer', start: () => journal.push('start timer') });
    expect(web).toBe('web on database value');
    expect(services.names()).toEqual(['database', 'web', 'timer']);

    await services.stop();
    expect(journal).toEqual([
      'start database',
      'start timer',
      'stop web on database value',
      'stop database (database value)',
    ]);
    expect(services.names()).toEqual([]);
  });

  it('stops what had started, in reverse, when one fails to start, and names it', async () => {
    const journal: string[] = [];
    const services = new ServiceContainer();
    await services.start(recorded(journal, 'database'));
    await services.start(recorded(journal, 'sync'));
    const failing = services.start(recorded(journal, 'web', { start: true }));

    const error = await failing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceStartError);
    expect(error).toMatchObject({ service: 'web', message: 'web could not start: web broke' });
    expect((error as ServiceStartError).cause).toEqual(new Error('web broke'));
    expect(journal).toEqual([
      'start database',
      'start sync',
      'stop sync (sync value)',
      'stop database (database value)',
    ]);
    // Nothing starts on a container that has stopped, and stopping again stops nothing.
    await expect(services.start(recorded(journal, 'late'))).rejects.toThrow(/stopping/);
    await services.stop();
    expect(journal).toHaveLength(4);
  });

  it('keeps the start error first when a stop also fails while rolling back', async () => {
    const journal: string[] = [];
    const services = new ServiceContainer();
    await services.start(recorded(journal, 'database'));
    await services.start(recorded(journal, 'sync', { stop: true }));
    const error = await failure<ServiceStartError>(
      services.start(recorded(journal, 'web', { start: true })),
    );

    expect(error.message).toBe('web could not start: web broke');
    expect(error.stopFailures).toEqual([{ service: 'sync', error: new Error('sync stuck') }]);
    expect(journal).toContain('stop database (database value)');
  });

  it('stops every service when some fail to stop, then reports each failure', async () => {
    const journal: string[] = [];
    const services = new ServiceContainer();
    await services.start(recorded(journal, 'database', { stop: true }));
    await services.start(recorded(journal, 'sync'));
    await services.start(recorded(journal, 'web', { stop: true }));

    const error = await failure<ServiceStopError>(services.stop());
    expect(error).toBeInstanceOf(ServiceStopError);
    expect(error.failures.map((f) => f.service)).toEqual(['web', 'database']);
    expect(error.message).toBe(
      'web could not stop: web stuck; database could not stop: database stuck',
    );
    expect(journal.filter((line) => line.startsWith('stop'))).toEqual([
      'stop web (web value)',
      'stop sync (sync value)',
      'stop database (database value)',
    ]);
  });

  it('stops each service exactly once, however often and concurrently stop is called', async () => {
    const journal: string[] = [];
    const services = new ServiceContainer();
    await services.start(recorded(journal, 'database'));
    await services.start(recorded(journal, 'web'));

    await Promise.all([services.stop(), services.stop()]);
    await services.stop();
    expect(journal).toEqual([
      'start database',
      'start web',
      'stop web (web value)',
      'stop database (database value)',
    ]);
  });

  it('stops a service that finishes starting after stop was called', async () => {
    const journal: string[] = [];
    const services = new ServiceContainer();
    await services.start(recorded(journal, 'database'));
    const starting = services.start(recorded(journal, 'web'));
    await services.stop();

    await expect(starting).rejects.toThrow(/web was stopped as it started/);
    expect([...journal].sort()).toEqual([
      'start database',
      'start web',
      'stop database (database value)',
      'stop web (web value)',
    ]);
    expect(journal.indexOf('stop web (web value)')).toBeGreaterThan(journal.indexOf('start web'));
  });

  it('starts and stops services that have no stop', async () => {
    const services = new ServiceContainer();
    expect(await services.start({ name: 'settings', start: () => 42 })).toBe(42);
    await expect(services.stop()).resolves.toBeUndefined();
  });
});
