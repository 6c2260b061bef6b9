import { BufferedEvents } from '../../../shared/ipc/buffered-events';
import type {
  DeviceEventMessage,
  DeviceEventName,
  DeviceEventPayload,
} from '../../../shared/ipc/device-api';

// The device events on their way to one window. Until its page says it listens to an
// event (the preload tells main on the first `on()`), that event's payloads wait here, the
// newest `limit` of them: a scan made while the kiosk loads or reloads is not lost. When
// the page goes (reload, crash) the listeners are dropped and events wait again.

type Payloads = { [E in DeviceEventName]: DeviceEventPayload<E> };

export class WindowEventRelay {
  private readonly events: BufferedEvents<Payloads>;
  private readonly listening = new Map<DeviceEventName, () => void>();

  constructor(
    private readonly send: (event: DeviceEventName, payload: unknown) => void,
    limit = 50,
  ) {
    this.events = new BufferedEvents<Payloads>({ limit });
  }

  push(message: DeviceEventMessage): void {
    this.events.emit(message.event, message.payload as never);
  }

  /** The page listens to `event` now: what waited is sent, then each new one. */
  pageListens(event: DeviceEventName): void {
    if (this.listening.has(event)) return;
    this.listening.set(
      event,
      this.events.on(event, (payload) => this.send(event, payload)),
    );
  }

  /** The page is gone (navigation, reload, crash): hold events until the next one listens. */
  pageGone(): void {
    for (const off of this.listening.values()) off();
    this.listening.clear();
  }

  waiting(event: DeviceEventName): number {
    return this.events.waitingCount(event);
  }
}
