// Listeners of pushed events that lose nothing sent before the UI subscribed: while an
// event has no listener its payloads wait (the newest `limit` of them), and its first
// listener receives them, in order, on the next microtask — after `on()` has returned
// its unsubscribe function. A listener that throws does not stop the others.

type Listener = (payload: never) => void;

export interface BufferedEventsOptions {
  /** Payloads kept per event while nobody listens; the oldest go first. */
  limit?: number;
  onListenerError?: (error: unknown, event: string) => void;
}

export class BufferedEvents<Events extends Record<string, unknown>> {
  private readonly listeners = new Map<keyof Events, Set<Listener>>();
  private readonly waiting = new Map<keyof Events, unknown[]>();
  private readonly flushing = new Set<keyof Events>();
  private readonly limit: number;

  constructor(private readonly options: BufferedEventsOptions = {}) {
    this.limit = Math.max(1, options.limit ?? 50);
  }

  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    const stored = listener as Listener;
    set.add(stored);
    if ((this.waiting.get(event)?.length ?? 0) > 0 && !this.flushing.has(event)) {
      this.flushing.add(event);
      void Promise.resolve().then(() => this.flush(event));
    }
    return () => {
      set.delete(stored);
    };
  }

  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    const set = this.listeners.get(event);
    // While a flush is pending, newer payloads queue behind the older ones.
    if (!set || set.size === 0 || this.flushing.has(event)) {
      const queue = this.waiting.get(event) ?? [];
      queue.push(payload);
      if (queue.length > this.limit) queue.splice(0, queue.length - this.limit);
      this.waiting.set(event, queue);
      return;
    }
    this.deliver(event, set, payload);
  }

  /** How many payloads of `event` wait for a listener. */
  waitingCount(event: keyof Events): number {
    return this.waiting.get(event)?.length ?? 0;
  }

  clear(): void {
    this.listeners.clear();
    this.waiting.clear();
    this.flushing.clear();
  }

  private flush(event: keyof Events): void {
    if (!this.flushing.delete(event)) return; // cleared meanwhile
    const set = this.listeners.get(event);
    if (!set || set.size === 0) return; // the listener left before the flush: keep waiting
    const queued = this.waiting.get(event) ?? [];
    this.waiting.delete(event);
    while (queued.length > 0) {
      // Every listener may leave while handling one: what is left waits for the next.
      if (set.size === 0) {
        this.waiting.set(event, queued);
        return;
      }
      this.deliver(event, set, queued.shift());
    }
  }

  private deliver(event: keyof Events, set: Set<Listener>, payload: unknown): void {
    for (const listener of [...set]) {
      try {
        (listener as (payload: unknown) => void)(payload);
      } catch (error) {
        this.report(error, String(event));
      }
    }
  }

  private report(error: unknown, event: string): void {
    if (this.options.onListenerError) this.options.onListenerError(error, event);
    // No console in shared/ (no DOM or Node types): rethrow outside the loop instead.
    else
      void Promise.reject(
        error instanceof Error ? error : new Error(`a '${event}' listener threw: ${String(error)}`),
      );
  }
}

/** A plain set of listeners for a single kind of notification. */
export class ListenerSet<T> {
  private readonly listeners = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        void Promise.reject(error);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
