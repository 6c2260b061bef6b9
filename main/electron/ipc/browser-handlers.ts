import type { BrowserState } from '../../../shared/ipc/browser-channels';
import type { browserChannels } from '../../../shared/ipc/browser-channels';
import { failure } from '../../../shared/ipc/envelope';
import type { Implementation } from '../../device-host/handler-table';
import type { EServicePortal } from '../../../shared/domain/eservices-config';
import type { PortalLookup } from '../browser/portal-catalogue';

// The locked browser's channels (no Electron here): each answers `unavailable` where
// the app has no locked browser (counter, display, setup), `not-open` when no portal is.
// `browser:open` names a portal by its id: main looks it up in the list it read from the
// hub itself (browser/portal-catalogue.ts), never in anything the page sends.

export interface BrowserPort {
  open(
    portal: EServicePortal,
  ): Promise<{ ok: true; state: BrowserState } | { ok: false; message: string }>;
  go(to: 'back' | 'home'): BrowserState | null;
  zoom(step: 'larger' | 'smaller'): BrowserState | null;
  key(key: string): boolean;
  setLayout(top: number, bottom: number): boolean;
  end(): Promise<void>;
}

/** Where the portals come from: main's own copy of the site's list. */
export interface PortalDirectory {
  find(id: string): Promise<PortalLookup>;
}

const none = () =>
  failure('unavailable', 'this app has no locked browser (only the kiosk has one)');
const notOpen = () => failure('not-open', 'no portal is open: open one first (browser:open)');

export function browserHandlers(
  browser: BrowserPort | null,
  portals: PortalDirectory | null,
): Implementation<typeof browserChannels> {
  return {
    async 'browser:open'({ portalId }) {
      if (!browser || !portals) return none();
      const found = await portals.find(portalId);
      if (!found.ok) return failure(found.code, found.message);
      const opened = await browser.open(found.portal);
      return opened.ok ? { ok: true, value: opened.state } : failure('refused', opened.message);
    },
    async 'browser:go'({ to }) {
      if (!browser) return none();
      const state = browser.go(to);
      return state ? { ok: true, value: state } : notOpen();
    },
    async 'browser:zoom'({ step }) {
      if (!browser) return none();
      const state = browser.zoom(step);
      return state ? { ok: true, value: state } : notOpen();
    },
    async 'browser:key'({ key }) {
      if (!browser) return none();
      return browser.key(key) ? { ok: true, value: { typed: true as const } } : notOpen();
    },
    async 'browser:layout'({ top, bottom }) {
      if (!browser) return none();
      return browser.setLayout(top, bottom)
        ? { ok: true, value: { placed: true as const } }
        : notOpen();
    },
    async 'browser:end'() {
      await browser?.end();
      return { ok: true, value: { ended: true as const } };
    },
  };
}

/** A port that reaches the browser once it exists (the IPC is registered before the window opens). */
export function lazyBrowser(current: () => BrowserPort | null): BrowserPort {
  const closed = { ok: false as const, message: 'the kiosk window is not open yet' };
  return {
    open: async (portal) => (await current()?.open(portal)) ?? closed,
    go: (to) => current()?.go(to) ?? null,
    zoom: (step) => current()?.zoom(step) ?? null,
    key: (key) => current()?.key(key) ?? false,
    setLayout: (top, bottom) => current()?.setLayout(top, bottom) ?? false,
    end: async () => current()?.end(),
  };
}
