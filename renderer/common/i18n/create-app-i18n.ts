import { computed, watch, type WritableComputedRef } from 'vue';
import { createI18n, type Composer, type I18n } from 'vue-i18n';
import {
  defaultLanguage,
  languages,
  languagesFor,
  type LanguageCode,
  type LanguageOf,
  type Surface,
} from '../../../shared/i18n/languages';
import { dateFormats, type DateFormat } from './date-formats';
import { cldrPluralRule } from './plural-rules';

// One vue-i18n setup for every app (kiosk, counter console, status page, display,
// dashboard). Messages are keyed by the table's BCP 47 locale, so dates, times and plural
// rules are that locale's; apps speak in language codes ('fr', 'ar'). Catalogs are flat
// ('ticket.title') and precompiled at build time (vite.config.ts), since the hub's CSP
// forbids eval: the browser bundle holds vue-i18n's runtime only.

export type Params = Record<string, string | number>;
/** A catalog: message id → vue-i18n message (`{name}` placeholders, `a | b` plural forms). */
export type Messages = Record<string, unknown>;

export interface AppI18n<L extends LanguageCode, K extends string> {
  /** The vue-i18n plugin: `app.use(appI18n.plugin)`, for `useI18n()` in components. */
  readonly plugin: I18n;
  /** The language at work; setting it switches the words, the formats and `<html lang dir>`. */
  readonly language: WritableComputedRef<L>;
  /** The languages this app offers, French first. */
  readonly offered: readonly L[];
  /** A message in the current language (or `language`); `count` picks the plural form. */
  t(key: K, params?: Params, language?: L): string;
  /** An instant in one of the named formats, in the current language (or `language`). */
  d(epochMs: number, format: DateFormat, options?: { timeZone?: string; language?: L }): string;
}

export interface AppI18nOptions<S extends Surface, M extends Messages> {
  surface: S;
  /** One catalog per language the surface offers (the table says which), French the reference. */
  messages: Record<LanguageOf<S>, M>;
  /** The language to start in; French otherwise. */
  language?: LanguageOf<S>;
  /** Keep the document's `lang` and `dir` in step with the language (default: yes, in a page). */
  followDocument?: boolean;
}

export function createAppI18n<S extends Surface, M extends Messages>(
  options: AppI18nOptions<S, M>,
): AppI18n<LanguageOf<S>, Extract<keyof M, string>> {
  type L = LanguageOf<S>;
  const offered = languagesFor(options.surface);
  const localeOf = (code: L): string => languages[code].locale;
  const codeOf = new Map<string, L>(offered.map((code) => [localeOf(code), code]));
  const perLocale = <T>(make: (code: L) => T) =>
    Object.fromEntries(offered.map((code) => [localeOf(code), make(code)]));

  const i18n = createI18n({
    legacy: false,
    globalInjection: false,
    locale: localeOf(options.language ?? (defaultLanguage as L)),
    fallbackLocale: localeOf(defaultLanguage as L),
    messages: perLocale((code) => options.messages[code]) as never,
    // Flat ids: 'ticket.print' and 'ticket.print.hint' are two messages, not a path.
    messageResolver: (catalog, key) => ((catalog as Record<string, never>)[key] ?? null) as never,
    pluralRules: Object.fromEntries(
      offered.map((code) => [localeOf(code), cldrPluralRule(localeOf(code))]),
    ),
    datetimeFormats: perLocale(() => dateFormats) as never,
    missingWarn: false,
    fallbackWarn: false,
  });
  const global = i18n.global as unknown as Composer;

  const language = computed<L>({
    get: () => codeOf.get(global.locale.value) ?? (defaultLanguage as L),
    set: (code) => {
      global.locale.value = localeOf(code);
    },
  });

  if (options.followDocument !== false && typeof document !== 'undefined')
    watch(
      language,
      (code) => {
        document.documentElement.lang = code;
        document.documentElement.dir = languages[code].direction;
      },
      { immediate: true },
    );

  return {
    plugin: i18n as unknown as I18n,
    language,
    offered,
    t: (key, params = {}, code) =>
      code ? global.t(key, params, { locale: localeOf(code) }) : global.t(key, params),
    d: (epochMs, format, { timeZone, language: code } = {}) =>
      global.d(epochMs, {
        key: format,
        ...(code ? { locale: localeOf(code) } : {}),
        ...(timeZone ? { timeZone } : {}),
      }),
  };
}
