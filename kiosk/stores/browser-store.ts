import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { EServicePortal } from '../../shared/domain/eservices-config';
import type { BrowserEvent, BrowserState } from '../../shared/ipc/browser-channels';
import { browserBridge, type BrowserBridge } from '../logic/browser-bridge';

/** What the kiosk tells the visitor over the portal: why a page did not open, and the QR way out. */
export type BrowserNotice =
  | { kind: 'refused'; host: string }
  | { kind: 'download-refused' }
  | { kind: 'print-refused' }
  | { kind: 'file-refused' }
  | { kind: 'failed' };

/**
 * How opening a portal went: `unavailable` when main could not check the portal against
 * the site's list it reads from the hub (none read yet), `failed` for any other refusal.
 */
export type OpenOutcome = 'opened' | 'unavailable' | 'failed';

/**
 * The locked e-services browser as the kiosk page drives it (Electron only): which portal
 * is open, its state, what to tell the visitor, and the activity in the view (for the
 * idle timer, since touches in the view never reach this page).
 */
export const useBrowserStore = defineStore('browser', () => {
  const bridge = shallowRef<BrowserBridge | null>(null);
  const portal = shallowRef<EServicePortal | null>(null);
  const state = ref<BrowserState | null>(null);
  const notice = ref<BrowserNotice | null>(null);
  const keyboard = ref(false);
  /** Bumped on each touch or key in the view. */
  const activity = ref(0);
  let stopListening: (() => void) | null = null;

  function onEvent(event: BrowserEvent) {
    if (event.kind === 'activity') activity.value++;
    else if (event.kind === 'state') state.value = event.state;
    else
      notice.value =
        event.kind === 'refused' ? { kind: 'refused', host: event.host } : { kind: event.kind };
  }

  function connect(scope: object = globalThis) {
    stopListening?.();
    bridge.value = browserBridge(scope);
    stopListening = bridge.value?.onEvent(onEvent) ?? null;
  }

  /** Main opens the portal it knows by this id (its own list from the hub), not this object. */
  async function open(chosen: EServicePortal): Promise<OpenOutcome> {
    if (!bridge.value) return 'failed';
    notice.value = null;
    keyboard.value = false;
    const opened = await bridge.value.invoke('browser:open', { portalId: chosen.id });
    if (!opened.ok) return opened.error.code === 'unavailable' ? 'unavailable' : 'failed';
    portal.value = chosen;
    state.value = opened.value;
    return 'opened';
  }

  async function go(to: 'back' | 'home') {
    notice.value = null;
    const moved = await bridge.value?.invoke('browser:go', { to });
    if (moved?.ok) state.value = moved.value;
  }

  async function zoom(step: 'larger' | 'smaller') {
    const zoomed = await bridge.value?.invoke('browser:zoom', { step });
    if (zoomed?.ok) state.value = zoomed.value;
  }

  async function key(pressed: string) {
    activity.value++;
    await bridge.value?.invoke('browser:key', { key: pressed });
  }

  async function layout(top: number, bottom: number) {
    await bridge.value?.invoke('browser:layout', {
      top: Math.round(top),
      bottom: Math.round(bottom),
    });
  }

  /** "Terminer" or idle: resolves once main has destroyed the view and wiped its session. */
  async function end() {
    const wasOpen = portal.value !== null;
    portal.value = null;
    state.value = null;
    notice.value = null;
    keyboard.value = false;
    if (wasOpen) await bridge.value?.invoke('browser:end', {});
  }

  return {
    available: computed(() => bridge.value !== null),
    portal,
    state,
    notice,
    keyboard,
    activity,
    connect,
    open,
    go,
    zoom,
    key,
    layout,
    end,
    dismissNotice: () => (notice.value = null),
  };
});
