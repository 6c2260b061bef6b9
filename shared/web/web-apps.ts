/**
 * The web apps the hub serves, each with its HTML entry: Vite builds these
 * (vite.config.ts) and the hub knows them by name (main/hub/web). A new app is one more
 * line here.
 */
export const webApps = {
  kiosk: 'kiosk/index.html',
  counter: 'renderer/counter/index.html',
  status: 'renderer/status/index.html',
  display: 'renderer/display/index.html',
  dashboard: 'renderer/dashboard/index.html',
  // The Electron app's setup and admin screens (app://accueil/setup/), never a hub page.
  setup: 'renderer/setup/index.html',
} as const satisfies Record<string, string>;

export type WebAppName = keyof typeof webApps;

/** The apps' names, in the table's order. */
export const webAppNames = Object.keys(webApps) as WebAppName[];
