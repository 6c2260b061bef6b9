import { onScopeDispose, readonly, ref } from 'vue';
import type { StreamStatus } from '../../../shared/contracts/event-stream-client';
import type { ServerMessage } from '../../../shared/contracts/ws-messages';
import { createBrowserEventStream, type HubLink } from './browser-hub';

type Snapshot = Extract<ServerMessage, { type: 'snapshot' }>;
type Events = Extract<ServerMessage, { type: 'events' }>;

export interface HubStreamHandlers {
  onSnapshot: (message: Snapshot) => void;
  onEvents?: (message: Events) => void;
}

/**
 * Keeps a component's (or a store's) subscription to the hub's event stream: `status`
 * is reactive ('connecting' | 'live' | 'reconnecting' | 'refused' | 'stopped'), `detail`
 * says why when it is not live. Stops with the effect scope that created it.
 */
export function useHubStream(link: HubLink, handlers: HubStreamHandlers) {
  const status = ref<StreamStatus>('stopped');
  const detail = ref<string | undefined>();
  const client = createBrowserEventStream(link, {
    onSnapshot: handlers.onSnapshot,
    onEvents: handlers.onEvents ?? (() => {}),
    onStatus: (next, why) => {
      status.value = next;
      detail.value = why;
    },
  });
  onScopeDispose(() => client.stop());
  return {
    status: readonly(status),
    detail: readonly(detail),
    start: () => client.start(),
    stop: () => client.stop(),
  };
}
