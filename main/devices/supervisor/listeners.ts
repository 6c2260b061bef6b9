// A small typed event registry. Unlike EventEmitter.emit, a listener that throws does not
// unwind into the code that emitted (a serial port's data handler, a poll timer): the
// error is handed to `onListenerError` and the other listeners still run.
export type EventMap<Events> = { [K in keyof Events]: unknown[] };
type Listener<Args extends unknown[]> = (...args: Args) => void;

export class Listeners<Events extends EventMap<Events>> {
  private readonly byEvent = new Map<keyof Events, Set<Listener<never[]>>>();

  constructor(
    private readonly onListenerError: (error: unknown, event: keyof Events) => void = (
      error,
      event,
    ) => console.error(`a '${String(event)}' listener threw`, error),
  ) {}

  /** Subscribes; returns the function that unsubscribes. */
  on<E extends keyof Events>(event: E, listener: Listener<Events[E]>): () => void {
    let set = this.byEvent.get(event);
    if (!set) this.byEvent.set(event, (set = new Set()));
    const stored = listener as unknown as Listener<never[]>;
    set.add(stored);
    return () => {
      set.delete(stored);
    };
  }

  emit<E extends keyof Events>(event: E, ...args: Events[E]): void {
    for (const listener of [...(this.byEvent.get(event) ?? [])]) {
      try {
        (listener as unknown as Listener<Events[E]>)(...args);
      } catch (error) {
        this.onListenerError(error, event);
      }
    }
  }

  clear(): void {
    this.byEvent.clear();
  }
}
