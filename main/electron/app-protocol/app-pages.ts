import type { AppMode } from '../policy/web-preferences';
import { appOrigin } from './app-origin';

// The page each mode opens, and what it is told in its address fragment (never sent to a
// server): the hub's origin and this device's token, as kiosk/config/page-config.ts reads
// them. The setup screen and the recovery pages are the app's own.

const appOfMode: Record<AppMode, string> = {
  kiosk: 'kiosk',
  counter: 'counter',
  display: 'display',
};

export function appPageUrl(mode: AppMode, hubOrigin: string, deviceToken?: string): string {
  const fragment = new URLSearchParams({ hub: hubOrigin });
  if (deviceToken) fragment.set('token', deviceToken);
  return `${appOrigin}/${appOfMode[mode]}/#${fragment.toString()}`;
}

export const setupPageUrl = `${appOrigin}/setup/`;
export const errorPageUrl = `${appOrigin}/__app/error.html`;
export const sleepPageUrl = `${appOrigin}/__app/sleep.html`;

/** The app's own pages, served without the web build (plain HTML, no script: CSP-safe). */
export const builtInPages: Readonly<Record<string, string>> = {
  '/__app/error.html':
    '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Accueil</title>' +
    '<body style="background:#10243e;color:#fff;font:2rem system-ui;display:grid;place-items:center;height:100vh;margin:0">' +
    '<main><h1>Borne momentanément indisponible</h1><p>Merci de vous adresser à l’accueil.</p></main></body></html>',
  '/__app/sleep.html':
    '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Accueil</title>' +
    '<body style="background:#000;margin:0;height:100vh"></body></html>',
};
