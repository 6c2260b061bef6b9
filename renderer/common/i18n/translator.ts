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

/** The `{name}` placeholders a message uses (all its forms), `count` aside, sorted. */
export function messagePlaceholders(message: Message): string[] {
  const texts =
    typeof message === 'string' ? [message] : [message.one, message.other, message.zero ?? ''];
  const names = texts.flatMap((text) => [...text.matchAll(placeholder)].map((m) => m[1] ?? ''));
  return [...new Set(names)].filter((name) => name !== 'count').sort();
}

/**
 * What a translation lacks against the reference catalog: empty messages, and messages
 * whose placeholders differ ("key: …"). Empty when complete; tests check each catalog.
 */
export function catalogProblems<K extends string>(
  reference: Catalog<K>,
  translation: Catalog<K>,
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference) as K[]) {
    const message = translation[key];
    const texts = typeof message === 'string' ? [message] : [message.one, message.other];
    if (texts.some((text) => text.trim() === '')) problems.push(`${key}: empty`);
    const expected = messagePlaceholders(reference[key]).join(', ');
    const found = messagePlaceholders(message).join(', ');
    if (found !== expected)
      problems.push(`${key}: placeholders {${found}}, expected {${expected}}`);
  }
  return problems;
}
