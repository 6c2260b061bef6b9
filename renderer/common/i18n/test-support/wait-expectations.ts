import type { LanguageOf } from '../../../../shared/i18n/languages';
import { waitText } from '../wait-text';

// What every visitor app says for `wait.minutes` (the kiosk's and the status page's
// catalogs share the words) at 0, 1, 2, 3, 11 and 100 minutes: written out by hand, so a
// wrong plural form fails. Arabic: zero · one · two · few (3) · many (11) · other (100);
// Ukrainian: exactly 0 · one (1) · few (2, 3) · many (11, 100).
export const waitCounts = [0, 1, 2, 3, 11, 100] as const;

export const waitMinutesExpected: Record<LanguageOf<'status'>, readonly string[]> = {
  fr: [
    'moins d’une minute',
    'environ 1 minute',
    'environ 2 minutes',
    'environ 3 minutes',
    'environ 11 minutes',
    'environ 100 minutes',
  ],
  en: [
    'less than a minute',
    'about 1 minute',
    'about 2 minutes',
    'about 3 minutes',
    'about 11 minutes',
    'about 100 minutes',
  ],
  es: [
    'menos de un minuto',
    'unos 1 minuto',
    'unos 2 minutos',
    'unos 3 minutos',
    'unos 11 minutos',
    'unos 100 minutos',
  ],
  ar: [
    'أقل من دقيقة',
    'حوالي دقيقة واحدة',
    'حوالي دقيقتين',
    'حوالي 3 دقائق',
    'حوالي 11 دقيقة',
    'حوالي 100 دقيقة',
  ],
  pt: [
    'menos de um minuto',
    'cerca de 1 minuto',
    'cerca de 2 minutos',
    'cerca de 3 minutos',
    'cerca de 11 minutos',
    'cerca de 100 minutos',
  ],
  uk: [
    'менше хвилини',
    'приблизно 1 хвилина',
    'приблизно 2 хвилини',
    'приблизно 3 хвилини',
    'приблизно 11 хвилин',
    'приблизно 100 хвилин',
  ],
};

/** 100 minutes said as a wait: past the hour, in hours and minutes. */
export const waitHundredExpected: Record<LanguageOf<'status'>, string> = {
  fr: 'environ 1 h 40',
  en: 'about 1 h 40',
  es: 'unas 1 h 40',
  ar: 'حوالي 1 ساعة و40 دقيقة',
  pt: 'cerca de 1 h 40',
  uk: 'близько 1 год 40 хв',
};

type Say = (
  key: 'wait.unknown' | 'wait.minutes' | 'wait.hours' | 'wait.range' | 'wait.moreThan',
  params?: Record<string, number | string>,
) => string;

/** What `t` says for `wait.minutes` at each of `waitCounts`, then for a 100-minute wait. */
export function saidWaits(t: Say): string[] {
  return [...waitCounts.map((count) => t('wait.minutes', { count })), waitText(t, 100)];
}

/** What a language should say, in the order of `saidWaits`. */
export function expectedWaits(code: LanguageOf<'status'>): string[] {
  return [...waitMinutesExpected[code], waitHundredExpected[code]];
}
