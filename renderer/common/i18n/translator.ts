// A small typed translator: catalogs are plain objects keyed by message id, the French
// one is the reference, and every other language must provide the same keys (checked by
// the compiler where catalogs are declared). A message is a string with `{name}`
// placeholders, or plural forms chosen by Intl.PluralRules with the `count` parameter.

export type PluralMessage = { zero?: string; one: string; other: string };
export type Message = string | PluralMessage;
export type Catalog<K extends string = string> = Record<K, Message>;
export type Params = Record<string, string | number>;

export interface LanguageInfo {
  code: string;
  /** The language named in itself, as visitors look for it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

const placeholder = /\{(\w+)\}/g;

function interpolate(text: string, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(placeholder, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function pick(message: Message, language: string, params: Params | undefined): string {
  if (typeof message === 'string') return message;
  const count = Number(params?.count ?? 0);
  if (count === 0 && message.zero !== undefined) return message.zero;
  const form = new Intl.PluralRules(language).select(count);
  return form === 'one' ? message.one : message.other;
}

export function translate<K extends string>(
  catalogs: Record<string, Catalog<K>>,
  language: string,
  key: K,
  params?: Params,
  fallback = 'fr',
): string {
  const message = catalogs[language]?.[key] ?? catalogs[fallback]?.[key];
  if (message === undefined) return key;
  return interpolate(pick(message, language, params), params);
}
