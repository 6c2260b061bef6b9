// The web preferences of every window the app opens, in one place, so a test can pin
// each item of Electron's security checklist: isolated and sandboxed renderers without
// Node, web security on, no insecure content, no experimental or Blink features, no
// <webview>, devtools only outside production. The shell passes the result as the
// BrowserWindow's `webPreferences` (type-checked there against Electron's typings).

export type AppMode = 'kiosk' | 'counter' | 'display';

export interface WebPreferencesInput {
  /** The bundled preload script (an absolute path). */
  preload: string;
  mode: AppMode;
  production: boolean;
}

export function secureWebPreferences({ preload, mode, production }: WebPreferencesInput) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: !production,
    // The waiting-room display announces numbers with no one there to tap the screen.
    autoplayPolicy:
      mode === 'display'
        ? ('no-user-gesture-required' as const)
        : ('user-gesture-required' as const),
    backgroundThrottling: mode !== 'display',
  };
}
