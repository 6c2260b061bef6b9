import {
  session as electronSession,
  webFrameMain,
  WebContentsView,
  type BrowserWindow,
  type WebContents,
} from 'electron';
import type { EServicePortal } from '../../../shared/domain/eservices-config';
import {
  zoomSteps,
  type BrowserEvent,
  type BrowserState,
} from '../../../shared/ipc/browser-channels';
import { shortcutAction } from '../policy/shortcuts';
import { secureWebPreferences } from '../policy/web-preferences';
import { hardenBrowserSession, visitPartition, wipeBrowserSession } from './browser-session';
import { keyInputEvents } from './key-events';
import { checkPortalMove, portalAllowlist, type PortalMove } from './portal-navigation';
import {
  printBlockCss,
  refusalOf,
  subFrameGuardScript,
  viewGuardScript,
  type GuardRefusal,
} from './view-guards';

// The locked e-services browser: one WebContentsView at a time inside the kiosk window,
// below the kiosk's own bar (and above its on-screen keyboard), which the view never
// covers: the page is a layer of its own whose bounds the kiosk page sets. Each visit
// gets a fresh in-memory session; every move is checked against the portal's exact
// origins (portal-navigation.ts); nothing opens a window; the page can neither print nor
// open a file chooser (view-guards.ts, through the view's own preload). "Terminer" (or
// idle) closes the view and wipes its session before the kiosk page is told it ended.

export interface LockedBrowserOptions {
  window: Pick<BrowserWindow, 'contentView' | 'getContentBounds'>;
  /** The view's preload (dist/electron/portal-preload.cjs, an absolute path): the page's guards. */
  preload: string;
  /** To the kiosk page (`browser:event`). */
  notify: (event: BrowserEvent) => void;
  log: (message: string) => void;
}

interface Visit {
  portal: EServicePortal;
  allowed: ReadonlySet<string>;
  view: WebContentsView;
  zoom: (typeof zoomSteps)[number];
}

export type OpenResult = { ok: true; state: BrowserState } | { ok: false; message: string };

export class LockedBrowser {
  private visit: Visit | null = null;
  private visits = 0;
  private layout = { top: 0, bottom: 0 };

  constructor(private readonly options: LockedBrowserOptions) {}

  isOpen(): boolean {
    return this.visit !== null;
  }

  async open(portal: EServicePortal): Promise<OpenResult> {
    let allowed: ReadonlySet<string>;
    try {
      allowed = portalAllowlist(portal);
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    const start = checkPortalMove(portal.start, allowed, 'navigate');
    if (!start.allow) return { ok: false, message: `portal ${portal.id}: ${start.message}` };
    await this.end();

    this.visits += 1;
    const session = electronSession.fromPartition(visitPartition(this.visits), { cache: true });
    hardenBrowserSession(session, {
      onDownloadRefused: () => this.options.notify({ kind: 'download-refused' }),
      log: this.options.log,
    });
    const preferences = secureWebPreferences({
      // Its own preload, which exposes nothing and sends nothing: the page has no door to main.
      preload: this.options.preload,
      mode: 'kiosk',
      production: true,
    });
    const view = new WebContentsView({
      webPreferences: { ...preferences, session, devTools: false, enableWebSQL: false },
    });
    const visit: Visit = { portal, allowed, view, zoom: 100 };
    this.visit = visit;
    this.guard(visit);
    this.options.window.contentView.addChildView(view);
    this.place();
    this.options.log(`e-services: ${portal.id} opened (visit ${this.visits})`);
    void view.webContents.loadURL(portal.start).catch(() => {});
    return { ok: true, state: this.state(visit) };
  }

  private guard(visit: Visit): void {
    const contents = visit.view.webContents;
    const { log, notify } = this.options;
    const check = (move: PortalMove, url: string): boolean => {
      const verdict = checkPortalMove(url, visit.allowed, move);
      if (verdict.allow) return true;
      log(`e-services ${visit.portal.id}: ${move} refused: ${verdict.message}`);
      notify({ kind: 'refused', reason: verdict.reason, host: verdict.host });
      return false;
    };
    const guardMove = (move: PortalMove) => (details: { url: string; preventDefault(): void }) => {
      if (!check(move, details.url)) details.preventDefault();
    };
    contents.on('will-navigate', guardMove('navigate'));
    contents.on('will-redirect', guardMove('redirect'));
    contents.on('will-frame-navigate', (details) => {
      if (!check(details.isMainFrame ? 'navigate' : 'frame', details.url)) details.preventDefault();
    });
    // window.open and target=_blank links and forms: never a window; in this view when allowed.
    contents.setWindowOpenHandler((details) => {
      if (check('window-open', details.url)) {
        const post = details.postBody;
        void contents
          .loadURL(details.url, {
            ...(details.referrer ? { httpReferrer: details.referrer } : {}),
            ...(post
              ? {
                  postData: post.data,
                  extraHeaders: `Content-Type: ${post.contentType}${post.boundary ? `; boundary=${post.boundary}` : ''}`,
                }
              : {}),
          })
          .catch(() => {});
      }
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('context-menu', (event) => event.preventDefault());
    contents.on('devtools-opened', () => contents.closeDevTools());
    contents.on('certificate-error', (event, url, error, _certificate, callback) => {
      // Never event.preventDefault(): Chromium's refusal stands, and the answer is "no".
      void event;
      callback(false);
      log(
        `e-services ${visit.portal.id}: certificate error ${error} on ${url.slice(0, 120)}: refused`,
      );
      notify({ kind: 'failed' });
    });
    contents.on('select-client-certificate', (event, _url, _list, callback) => {
      // No certificate of the machine is ever offered; Electron's callback takes none to mean so.
      event.preventDefault();
      (callback as unknown as () => void)();
    });
    contents.on('login', (event) => event.preventDefault());
    contents.on('select-bluetooth-device', (event, _devices, callback) => {
      event.preventDefault();
      callback('');
    });
    contents.on('before-input-event', (event, input) => {
      const action = shortcutAction(input);
      if (action.kind !== 'pass') event.preventDefault();
      notify({ kind: 'activity' });
    });
    contents.on('input-event', () => notify({ kind: 'activity' }));
    contents.on('zoom-changed', () => contents.setZoomFactor(visit.zoom / 100));
    // The guards' refusals, as their console line (the view has no IPC): the visitor is told.
    const toldAt: Partial<Record<GuardRefusal, number>> = {};
    contents.on('console-message', (details) => {
      const refused = refusalOf(details.message);
      if (!refused || this.visit !== visit) return;
      const now = Date.now();
      if (now - (toldAt[refused] ?? -Infinity) < 2000) return;
      toldAt[refused] = now;
      log(
        `e-services ${visit.portal.id}: the page asked to ${refused === 'print' ? 'print' : 'choose a file'}: refused`,
      );
      notify({ kind: refused === 'print' ? 'print-refused' : 'file-refused' });
    });
    // Preloads run in the main frame only: a sub-frame gets the guards once it has loaded.
    contents.on('did-frame-finish-load', (_event, isMainFrame, processId, routingId) => {
      if (isMainFrame) return;
      const frame = webFrameMain.fromId(processId, routingId);
      void frame?.executeJavaScript(subFrameGuardScript).catch(() => {});
    });
    contents.on('did-finish-load', () => {
      contents.setZoomFactor(visit.zoom / 100);
      void contents.setVisualZoomLevelLimits(1, 1);
      void contents.insertCSS(printBlockCss, { cssOrigin: 'user' });
      // In an isolated world: the page cannot see or undo it.
      void contents
        .executeJavaScriptInIsolatedWorld(1001, [{ code: viewGuardScript }])
        .catch(() => {});
    });
    const changed = () => {
      if (this.visit === visit) notify({ kind: 'state', state: this.state(visit) });
    };
    contents.on('did-start-loading', changed);
    contents.on('did-stop-loading', changed);
    contents.on('did-navigate', changed);
    contents.on('did-navigate-in-page', changed);
    contents.on('did-fail-load', (_event, code, _description, url, isMainFrame) => {
      if (isMainFrame && code !== -3) {
        log(`e-services ${visit.portal.id}: ${url.slice(0, 120)} did not load (${code})`);
        notify({ kind: 'failed' });
      }
    });
    contents.on('render-process-gone', (_event, details) => {
      log(`e-services ${visit.portal.id}: the page's process is gone (${details.reason})`);
      notify({ kind: 'failed' });
    });
  }

  private state(visit: Visit): BrowserState {
    const contents = visit.view.webContents;
    return {
      portalId: visit.portal.id,
      canGoBack: contents.navigationHistory.canGoBack(),
      loading: contents.isLoading(),
      zoomPercent: visit.zoom,
    };
  }

  private place(): void {
    if (!this.visit) return;
    const bounds = this.options.window.getContentBounds();
    const top = Math.min(this.layout.top, bounds.height);
    const height = Math.max(0, bounds.height - top - this.layout.bottom);
    this.visit.view.setBounds({ x: 0, y: top, width: bounds.width, height });
  }

  setLayout(top: number, bottom: number): boolean {
    this.layout = { top, bottom };
    this.place();
    return this.visit !== null;
  }

  go(to: 'back' | 'home'): BrowserState | null {
    const visit = this.visit;
    if (!visit) return null;
    const contents = visit.view.webContents;
    if (to === 'back') {
      if (contents.navigationHistory.canGoBack()) contents.navigationHistory.goBack();
    } else void contents.loadURL(visit.portal.start).catch(() => {});
    return this.state(visit);
  }

  zoom(step: 'larger' | 'smaller'): BrowserState | null {
    const visit = this.visit;
    if (!visit) return null;
    const at = zoomSteps.indexOf(visit.zoom);
    const next =
      zoomSteps[Math.min(zoomSteps.length - 1, Math.max(0, at + (step === 'larger' ? 1 : -1)))];
    visit.zoom = next ?? 100;
    visit.view.webContents.setZoomFactor(visit.zoom / 100);
    return this.state(visit);
  }

  key(key: string): boolean {
    const contents = this.visit?.view.webContents;
    if (!contents) return false;
    for (const input of keyInputEvents(key)) contents.sendInputEvent(input);
    return true;
  }

  /** Closes the view and wipes its session; resolves once nothing of the visit is left. */
  async end(): Promise<void> {
    const visit = this.visit;
    if (!visit) return;
    this.visit = null;
    const contents: WebContents = visit.view.webContents;
    const session = contents.session;
    this.options.window.contentView.removeChildView(visit.view);
    if (!contents.isDestroyed()) {
      const gone = new Promise<void>((resolve) => contents.once('destroyed', () => resolve()));
      contents.close({ waitForBeforeUnload: false });
      await gone;
    }
    await wipeBrowserSession(session);
    this.options.log(`e-services: ${visit.portal.id} ended, its session wiped`);
  }
}
