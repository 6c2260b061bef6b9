import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The survey's words as the apps' own catalogs say them, so the specs expect the text the
// visitor reads without copying it.

type App = 'kiosk' | 'status';
const folders: Record<App, string> = {
  kiosk: '../../kiosk/i18n/messages',
  status: '../../renderer/status/i18n/messages',
};

export function surveyWords(app: App, language: string): Record<string, string> {
  const file = resolve(import.meta.dirname, folders[app], `${language}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}
