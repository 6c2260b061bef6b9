import { createParser, type Node } from '@intlify/message-compiler';
import { pluralFormCounts } from './plural-rules';

// What a translation lacks against the French reference catalog, read from vue-i18n's own
// parser: messages missing, extra or empty, that do not parse, whose placeholders differ
// (`count` aside: a form may say "one" without it), or whose plural forms are not the
// language's CLDR categories (see plural-rules.ts). Each app's catalog test asks for none.

interface Parsed {
  forms: number;
  placeholders: string[];
  empty: boolean;
  errors: string[];
}

// NodeTypes of @intlify/message-compiler (a const enum, not importable one by one).
const plural = 1;
const named = 4;
const linked = 6;

function parse(message: string): Parsed {
  const errors: string[] = [];
  const parser = createParser({ location: false, onError: (error) => errors.push(error.message) });
  const resource = parser.parse(message) as Node & { body: Node & { cases?: Node[] } };
  const cases = resource.body.type === plural ? (resource.body.cases ?? []) : [resource.body];
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const typed = node as Node & { key?: unknown };
    if (typed.type === named && typeof typed.key === 'string') names.add(typed.key);
    if (typed.type === linked) errors.push('a linked message (@): write the words out');
    for (const value of Object.values(node)) if (typeof value === 'object') visit(value);
  };
  visit(resource.body);
  names.delete('count');
  const forms = message.split('|');
  return {
    forms: cases.length,
    placeholders: [...names].sort(),
    empty: forms.some((form) => form.trim() === ''),
    errors,
  };
}

export function catalogProblems(
  reference: Record<string, unknown>,
  translation: Record<string, unknown>,
  locale: string,
): string[] {
  const problems: string[] = [];
  const [categories, withZero] = pluralFormCounts(locale);
  for (const key of Object.keys(translation))
    if (!(key in reference)) problems.push(`${key}: not in the reference catalog`);
  for (const [key, expected] of Object.entries(reference)) {
    const message = translation[key];
    if (typeof message !== 'string' || typeof expected !== 'string') {
      problems.push(`${key}: missing`);
      continue;
    }
    const found = parse(message);
    const wanted = parse(expected);
    if (found.empty) problems.push(`${key}: empty`);
    for (const error of found.errors) problems.push(`${key}: ${error}`);
    const names = found.placeholders.join(', ');
    const wantedNames = wanted.placeholders.join(', ');
    if (names !== wantedNames)
      problems.push(`${key}: placeholders {${names}}, expected {${wantedNames}}`);
    if (wanted.forms > 1 && found.forms !== categories && found.forms !== withZero)
      problems.push(
        `${key}: ${found.forms} plural forms, expected ${categories} (${locale}'s CLDR categories) or ${withZero} (with one for 0)`,
      );
    if (wanted.forms === 1 && found.forms > 1) problems.push(`${key}: plural forms, expected one`);
  }
  return problems;
}
