/**
 * One part of a program that holds something while it runs: a database, a timer, a
 * listening server. `start()` gives the value the later parts need; `stop(value)`
 * releases it.
 */
export interface Service<T = void> {
  name: string;
  start(): T | Promise<T>;
  stop?(value: T): void | Promise<void>;
}

/** A service failed to start; those started before it have been stopped, in reverse. */
export class ServiceStartError extends Error {
  override name = 'ServiceStartError';
  constructor(
    readonly service: string,
    override readonly cause: unknown,
    /** Services that also failed to stop while rolling back (the start error comes first). */
    readonly stopFailures: ServiceStopFailure[] = [],
  ) {
    super(`${service} could not start: ${messageOf(cause)}`, { cause });
  }
}

export interface ServiceStopFailure {
  service: string;
  error: unknown;
}

/** Some services failed to stop; every other one was still stopped. */
export class ServiceStopError extends AggregateError {
  override name = 'ServiceStopError';
  constructor(readonly failures: ServiceStopFailure[]) {
    super(
      failures.map((f) => f.error),
      failures.map((f) => `${f.service} could not stop: ${messageOf(f.error)}`).join('; '),
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Starts services one at a time, in the order they are given (each is given what it
 * needs from those before it, so the order is the dependency order), and stops them in
 * reverse, each exactly once, whatever failed. A failure while starting stops what had
 * started and throws a `ServiceStartError` naming the service; a failure while stopping
 * does not keep the others running.
 */
export class ServiceContainer {
  private readonly started: Array<{ name: string; stop: () => void | Promise<void> }> = [];
  private stopping: Promise<ServiceStopFailure[]> | undefined;

  /** Starts one service now and returns its value. */
  async start<T>(service: Service<T>): Promise<T> {
    if (this.stopping) throw new Error(`${service.name} cannot start: the services are stopping`);
    let value: T;
    try {
      value = await service.start();
    } catch (error) {
      throw new ServiceStartError(service.name, error, await this.stopAll());
    }
    const { stop } = service;
    const entry = { name: service.name, stop: () => stop?.call(service, value) };
    if (this.stopping) {
      // stop() was called while this one was starting: it is stopped too, not left running.
      await entry.stop();
      throw new Error(`${service.name} was stopped as it started: the services are stopping`);
    }
    this.started.push(entry);
    return value;
  }

  /** The names of the running services, in start order. */
  names(): string[] {
    return this.started.map((s) => s.name);
  }

  /** Stops every started service in reverse; a second call waits for the first. */
  async stop(): Promise<void> {
    const failures = await this.stopAll();
    if (failures.length > 0) throw new ServiceStopError(failures);
  }

  private stopAll(): Promise<ServiceStopFailure[]> {
    this.stopping ??= (async () => {
      const failures: ServiceStopFailure[] = [];
      for (const { name, stop } of this.started.splice(0).reverse()) {
        try {
          await stop();
        } catch (error) {
          failures.push({ service: name, error });
        }
      }
      return failures;
    })();
    return this.stopping;
  }
}
