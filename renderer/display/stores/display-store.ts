import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { StreamStatus } from '../../../shared/contracts/event-stream-client';
import { createBrowserEventStream, createBrowserHubClient } from '../../common/hub';
import type { DisplayPageConfig } from '../config/page-config';
import { CallTracker } from '../logic/call-tracker';
import { readDisplayView, type DisplayView } from '../logic/display-view';
import { useAnnouncerStore } from './announcer-store';

/** Seconds without the hub before the screen says its data is stale. */
export const STALE_AFTER_MS = 4_000;
/** How long "connection restored" stays up. */
const FRESH_SHOWN_MS = 5_000;

/** The public view this display shows, and how fresh it is. */
export const useDisplayStore = defineStore('display', () => {
  const view = shallowRef<DisplayView | null>(null);
  const status = ref<StreamStatus>('stopped');
  const problem = ref<string | null>(null);
  const label = ref('');
  const now = ref(Date.now());
  const lostAt = ref<number | null>(null);
  let everLive = false;
  const restoredAt = ref<number | null>(null);
  const tracker = new CallTracker();
  let lastSnapshot: unknown = null;
  let labelKnown = false;

  const staleSeconds = computed(() =>
    lostAt.value !== null && now.value - lostAt.value >= STALE_AFTER_MS && view.value
      ? Math.round((now.value - lostAt.value) / 1000)
      : null,
  );
  const justRestored = computed(
    () =>
      restoredAt.value !== null &&
      lostAt.value === null &&
      now.value - restoredAt.value < FRESH_SHOWN_MS,
  );

  function show(snapshot: unknown) {
    lastSnapshot = snapshot;
    const announcer = useAnnouncerStore();
    const next = readDisplayView(snapshot, label.value);
    view.value = next;
    if (!next) return;
    announcer.configure({
      languages: next.screen.languages ?? next.languages,
      volume: next.screen.volume,
      chime: next.screen.chime,
    });
    announcer.announce(tracker.newCalls(next.calls));
  }

  function setStatus(next: StreamStatus, detail?: string) {
    const wasLive = status.value === 'live';
    status.value = next;
    if (next === 'live') {
      if (lostAt.value !== null && everLive) restoredAt.value = Date.now();
      lostAt.value = null;
      everLive = true;
    } else if (wasLive) lostAt.value = Date.now();
    if (next === 'refused') problem.value = detail ?? 'the hub refused this display';
  }

  /** Which screen of the site configuration this is: by the label it was enrolled with. */
  async function learnLabel(config: DisplayPageConfig) {
    if (labelKnown) return;
    try {
      const me = await createBrowserHubClient(config.hub).whoAmI();
      labelKnown = true;
      if (me.role !== 'display')
        problem.value = `this token is a ${me.role}'s, not a display's: enrol this screen as a display`;
      label.value = me.label ?? '';
      show(lastSnapshot);
    } catch {
      // Tried again when the stream is live: the hub is unreachable for now.
    }
  }

  function connect(config: DisplayPageConfig) {
    useAnnouncerStore().start(config);
    window.setInterval(() => (now.value = Date.now()), 1_000);
    const stream = createBrowserEventStream(
      config.hub,
      {
        onSnapshot: (message) => show(message.view),
        onEvents: () => {},
        onStatus: (next, detail) => {
          setStatus(next, detail);
          if (next === 'live') void learnLabel(config);
        },
      },
      { maxBackoffMs: 5_000 },
    );
    stream.start();
  }

  return {
    view,
    status,
    problem,
    label,
    now,
    staleSeconds,
    justRestored,
    connect,
  };
});
