import { onMounted, onUnmounted, shallowRef } from 'vue';
import { createHubClient } from '../../../shared/contracts/hub-client';
import { StatusPoller, type StatusState } from '../logic/status-poller';

/**
 * The ticket's state, kept up to date from the hub's public ticket-status route (the
 * token is the only credential; no cookie, no stored data). Polling pauses while the
 * page is hidden and resumes, asking at once, when it is shown again.
 */
export function useTicketStatus(token: string) {
  const client = createHubClient({
    // The hub (or the town's proxy in front of it) serves this page and its API alike.
    baseUrl: window.location.origin,
    fetch: (url, init) => window.fetch(url, { ...init, cache: 'no-store', credentials: 'omit' }),
  });
  const poller = new StatusPoller({
    fetchStatus: () => client.ticketStatus(token),
    onChange: (next) => (state.value = next),
  });
  const state = shallowRef<StatusState>(poller.current);

  const onVisibility = () =>
    document.visibilityState === 'hidden' ? poller.pause() : poller.resume();
  onMounted(() => {
    document.addEventListener('visibilitychange', onVisibility);
    poller.start();
  });
  onUnmounted(() => {
    document.removeEventListener('visibilitychange', onVisibility);
    poller.stop();
  });

  return { state, refresh: () => poller.refresh() };
}
