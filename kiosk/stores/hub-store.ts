import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { EventStreamClient, StreamStatus } from '../../shared/contracts/event-stream-client';
import type { HubClient } from '../../shared/contracts/hub-client';
import type { AlertKind } from '../../shared/domain/alert';
import type { DeviceStatus } from '../../shared/devices/status';
import {
  createBrowserEventStream,
  createBrowserHubClient,
  untilAnswered,
  type HubLink,
} from '../../renderer/common/hub';
import { readPublicView, withAvailability, type KioskView } from '../hub/public-view';
import type { HubVoice } from '../../renderer/common/speech/announcement-player';
import { hubVoice } from '../../renderer/common/speech/browser-audio';

/** A link that drops for less than this is not shown: the stream resumes on its own. */
const DOWN_AFTER_MS = 2_000;
/** Visitors are waiting: retry the hub at least this often (one kiosk, a few sockets a second at most). */
const RECONNECT_MAX_MS = 3_000;

/**
 * The kiosk's view of its hub: the public view streamed to it (site, services, waits)
 * and whether the hub can be reached. Commands go through `client()`; a command that
 * finds the hub unreachable calls `commandFailed()` so the visitor is told at once.
 */
export const useHubStore = defineStore('hub', () => {
  const status = ref<StreamStatus>('stopped');
  const statusDetail = ref<string | undefined>();
  const view = shallowRef<KioskView | null>(null);
  const linkDownLong = ref(false);
  const commandsFailing = ref(false);
  let hubClient: HubClient | null = null;
  let hubLink: HubLink | null = null;
  let stream: EventStreamClient | null = null;
  let downTimer: ReturnType<typeof setTimeout> | undefined;

  function onStatus(next: StreamStatus, detail?: string) {
    status.value = next;
    statusDetail.value = detail;
    if (next === 'live') {
      clearTimeout(downTimer);
      downTimer = undefined;
      linkDownLong.value = false;
      commandsFailing.value = false;
      if (lastReport) void reportDevices(lastReport);
    } else if ((next === 'connecting' || next === 'reconnecting') && downTimer === undefined) {
      // Armed once per outage: each failed retry says "reconnecting" again and must not
      // push the deadline back.
      downTimer = setTimeout(() => (linkDownLong.value = true), DOWN_AFTER_MS);
    }
  }

  function connect(link: HubLink) {
    hubLink = link;
    hubClient = createBrowserHubClient(link);
    stream = createBrowserEventStream(
      link,
      {
        onSnapshot: (message) => {
          const read = readPublicView(message.view);
          if (read) view.value = read;
        },
        // The public audience gets a new snapshot whenever its view changes; no deltas.
        onEvents: () => {},
        onStatus,
      },
      { maxBackoffMs: RECONNECT_MAX_MS },
    );
    stream.start();
  }

  function disconnect() {
    stream?.stop();
    clearTimeout(downTimer);
    downTimer = undefined;
  }

  function client(): HubClient {
    if (!hubClient) throw new Error('the kiosk is not connected to a hub yet');
    return hubClient;
  }

  /** The hub's offline voice (eSpeak NG), for audio mode where this machine has no voice. */
  function voice(): HubVoice {
    const link = hubLink;
    if (!link) throw new Error('the kiosk is not connected to a hub yet');
    return hubVoice(link.baseUrl, () => link.token);
  }

  /** Tells the front desk; false when the hub could not be told (the visitor is sent to the desk). */
  async function raiseAlert(kind: AlertKind, detail?: string): Promise<boolean> {
    if (!hubClient) return false;
    const client = hubClient;
    const controller = new AbortController();
    // A few quick tries: a visitor waiting for help must not wait for a long backoff.
    const giveUp = setTimeout(() => controller.abort(), 4_000);
    const outcome = await untilAnswered(
      () => client.command('alert:raise', detail ? { kind, detail } : { kind }),
      { signal: controller.signal, backoff: { baseMs: 300, capMs: 1_500, jitter: 'none' } },
    );
    clearTimeout(giveUp);
    return outcome.ok;
  }

  let lastReport: DeviceStatus[] | null = null;

  /** Reports this kiosk's devices; the hub raises and clears the printer/scanner alerts. */
  async function reportDevices(statuses: DeviceStatus[]): Promise<void> {
    lastReport = statuses;
    try {
      await hubClient?.command('devices:report', { statuses });
    } catch {
      // Sent again when the hub is back (see onStatus).
    }
  }

  /** Counts printed vs paperless tickets (the town's zero-paper goal); the latest word wins. */
  async function recordDelivery(ticketId: string, medium: 'printed' | 'paperless'): Promise<void> {
    if (!hubClient) return;
    const client = hubClient;
    await untilAnswered(() => client.command('ticket:deliver', { ticketId, medium }), {
      backoff: { baseMs: 500, capMs: 2_000, jitter: 'none' },
      maxAttempts: 5,
    });
  }

  /** Re-reads which services take walk-ins now (opening hours move on without commands). */
  async function refreshAvailability(): Promise<void> {
    if (!hubClient) return;
    try {
      const { services: fresh } = await hubClient.availability();
      if (view.value) view.value = withAvailability(view.value, fresh);
    } catch {
      // The streamed view stays; a ticket refused meanwhile says why anyway.
    }
  }

  const services = computed(() => view.value?.services ?? []);
  const categories = computed(() => view.value?.categories ?? []);
  const refused = computed(() => status.value === 'refused');
  const down = computed(
    () =>
      !refused.value &&
      (commandsFailing.value ||
        linkDownLong.value ||
        // Connected to a hub with no site configured: nothing can be served yet.
        (status.value === 'live' && view.value === null)),
  );

  return {
    status,
    statusDetail,
    view,
    services,
    categories,
    refused,
    down,
    connect,
    disconnect,
    client,
    voice,
    raiseAlert,
    refreshAvailability,
    reportDevices,
    recordDelivery,
    commandFailed: () => (commandsFailing.value = true),
    commandSucceeded: () => (commandsFailing.value = false),
  };
});
