// The build's version (package.json), put in by vite.config.ts `define`; absent when the
// code runs unbuilt (unit tests).
declare const __ACCUEIL_VERSION__: string | undefined;

/**
 * The version of the web app this page runs, said at each hello on the event stream: the
 * dashboard's fleet shows it, so a page left open since before an update stands out.
 */
export const webAppVersion: string | undefined =
  typeof __ACCUEIL_VERSION__ === 'string' ? __ACCUEIL_VERSION__ : undefined;
