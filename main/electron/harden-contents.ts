import type { Input, WebContents } from 'electron';
import { checkNavigation } from './policy/navigation';
import { shortcutAction } from './policy/shortcuts';

// Electron's checklist on one window's contents: navigation, redirects and frame
// navigations checked against the exact allowed origins; no window.open; no <webview>;
// in production no devtools, context menu or zoom; kiosk and display windows also lose
// the escape shortcuts, text selection and drag-and-drop, and may hide the cursor.

export interface HardenOptions {
  allowedOrigins: ReadonlySet<string>;
  production: boolean;
  /** Kiosk and display: the shortcut table applies, selection and drag are off. */
  lockdown: boolean;
  hideCursor: boolean;
  log: (message: string) => void;
  /** Ctrl+Alt+Shift+A in a locked-down window: open the admin PIN screen. */
  onAdminShortcut?: () => void;
  /** Any key press, touch or click: for the memory watch's "quiet moment". */
  onInput?: () => void;
}

export const lockdownCss =
  '*{-webkit-user-select:none!important;user-select:none!important;-webkit-user-drag:none!important}' +
  'input,textarea,[contenteditable]{-webkit-user-select:text!important;user-select:text!important}';
export const hiddenCursorCss = '*{cursor:none!important}';

export function hardenContents(contents: WebContents, options: HardenOptions): void {
  const { allowedOrigins, log } = options;
  const guard =
    (what: string) =>
    // Electron passes the details as the (preventable) event itself.
    (details: { url: string; preventDefault(): void }) => {
      const verdict = checkNavigation(details.url, allowedOrigins);
      if (verdict.allow) return;
      details.preventDefault();
      log(`${what} refused: ${verdict.message}`);
    };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.setWindowOpenHandler(({ url }) => {
    log(`window.open refused: ${url.slice(0, 120)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('a <webview> was refused');
  });

  if (options.production) {
    contents.on('devtools-opened', () => contents.closeDevTools());
    contents.on('context-menu', (event) => event.preventDefault());
    contents.on('zoom-changed', () => contents.setZoomFactor(1));
    contents.on('did-finish-load', () => {
      contents.setZoomFactor(1);
      void contents.setVisualZoomLevelLimits(1, 1);
    });
  }

  contents.on('before-input-event', (event, input: Input) => {
    options.onInput?.();
    if (!options.lockdown && !options.production) return;
    const action = shortcutAction(input);
    if (action.kind === 'admin' && options.lockdown) {
      event.preventDefault();
      options.onAdminShortcut?.();
    } else if (action.kind === 'block' && (options.lockdown || action.name === 'developer tools')) {
      event.preventDefault();
    }
  });
  contents.on('input-event', () => options.onInput?.());

  if (options.lockdown) {
    const css = lockdownCss + (options.hideCursor ? hiddenCursorCss : '');
    contents.on('did-finish-load', () => void contents.insertCSS(css, { cssOrigin: 'user' }));
  }
}
