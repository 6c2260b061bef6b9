import type { z } from 'zod';
import { fieldName } from '../../config/validated-json-file';
import { HubError } from './hub-error';

/** Validates a request part against its contract schema, or refuses it field by field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'body',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = fieldName(issue.path) || what;
    const message =
      keys.length > 0
        ? `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: remove ${keys.length > 1 ? 'them' : 'it'} (check the spelling)`
        : issue.message;
    return { field, message };
  });
  const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  throw new HubError('validation', `the ${what} is not valid: ${summary}`, { issues });
}

/** The same JSON text for equal values whatever their key order, to compare requests. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      )
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
