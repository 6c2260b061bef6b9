import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { StreamStatus } from '../../../shared/contracts/event-stream-client';
import { createBrowserEventStream, createBrowserHubClient } from '../../common/hub';
import type { DisplayPageConfig } from '../config/page-config';
import { CallTracker } from '../logic/call-tracker';
import { readDisplayView, type DisplayView } from '../logic/display-view';
import { FreshnessWatch, type Freshness } from '../logic/freshness';
import { useAnnouncerStore } from './announcer-store';

/** The public view this display shows, and how fresh it is. */
export const useDisplayStore = defineStore('display', () => {
  const view = shallowRef<DisplayView | null>(null);
  const status = ref<StreamStatus>('stopped');
  const problem = ref<string | null>(null);
  const label = ref('');
  const now = ref(Date.now());
  const watch = new FreshnessWatch();
  // Bumped at each word from the hub or loss, so the banner follows at once, not at the tick.
  const heardCount = ref(0);
  const tracker = new CallTracker();
  let lastSnapshot: unknown = null;
  let labelKnown = false;

  /** Whether the screen still shows the hub's word (heartbeats included). */
  const freshness = computed<Freshness>(() => {
    void heardCount.value;
    return view.value ? watch.state(now.value) : { kind: 'waiting' };
  });

  function heard() {
    now.value = Date.now();
    watch.heard(now.value);
    heardCount.value += 1;
  }

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
    status.value = next;
    if (next === 'live') heard();
    else {
      now.value = Date.now();
      watch.lost(now.value);
      heardCount.value += 1;
    }
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
        onSnapshot: (message) => {
          heard();
          show(message.view);
        },
        onEvents: heard,
        onHeartbeat: heard,
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
    freshness,
    connect,
  };
});
