import { BufferedEvents, ListenerSet } from './buffered-events';
import {
  deviceEventNames,
  resultSchema,
  type DeviceEventName,
  type DeviceEventPayload,
} from './device-api';
import type { BridgeConnection, DeviceBridge, PreloadDeviceApi } from './device-bridge';
import { deviceChannels, deviceEvents } from './device-channels';
import { describeIssues, failure } from './envelope';

// The DeviceBridge of the Electron app: the preload's `window.accueilDevices`. Answers
// and events are checked against the contract here too, so a preload or main process
// out of step with the UI shows as `bad-response`, not as a wrong value used later.

export interface IpcBridgeOptions {
  bufferLimit?: number;
  reportError?: (error: unknown) => void;
}

export function createIpcDeviceBridge(
  api: PreloadDeviceApi,
  options: IpcBridgeOptions = {},
): DeviceBridge {
  const report = options.reportError ?? ((error: unknown) => void Promise.reject(error));
  const events = new BufferedEvents<{ [E in DeviceEventName]: DeviceEventPayload<E> }>({
    limit: options.bufferLimit ?? 50,
    onListenerError: report,
  });
  const connectionListeners = new ListenerSet<BridgeConnection>();
  let closed = false;

  // Subscribes at once to everything, so events sent before the UI listens are kept here.
  const unsubscribers = deviceEventNames.map((name) =>
    api.on(name, (payload) => {
      const parsed = deviceEvents[name].safeParse(payload);
      if (parsed.success) events.emit(name, parsed.data as DeviceEventPayload<typeof name>);
      else
        report(
          new Error(`device event ${name} outside the contract: ${describeIssues(parsed.error)}`),
        );
    }),
  );

  return {
    kind: 'ipc',
    async invoke(channel, ...[request]) {
      if (closed) return failure('unavailable', 'the device bridge is closed');
      let answer: unknown;
      try {
        answer = await api.invoke(channel, request ?? {});
      } catch (error) {
        return failure(
          'unreachable',
          `${channel}: the main process did not answer (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      const parsed = resultSchema(deviceChannels, channel).safeParse(answer);
      return parsed.success
        ? parsed.data
        : failure(
            'bad-response',
            `${channel}: an answer outside the contract (${describeIssues(parsed.error)})`,
          );
    },
    on: (event, listener) => events.on(event, listener),
    connection: () => (closed ? 'unavailable' : 'connected'),
    onConnectionChange: (listener) => connectionListeners.add(listener),
    close() {
      if (closed) return;
      closed = true;
      for (const off of unsubscribers) off();
      connectionListeners.emit('unavailable');
      connectionListeners.clear();
      events.clear();
    },
  };
}
