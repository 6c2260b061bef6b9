import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { JsonSyntaxError, locateJsonPath } from './json-locator';

export interface FileProblem {
  line: number;
  column: number;
  /** The field at fault as a dotted path (`services[2].cap`), empty for the whole file. */
  field: string;
  message: string;
}

export type FileReading<T> =
  { ok: true; value: T; text: string } | { ok: false; file: string; problems: FileProblem[] };

/**
 * Reads a JSON file and validates it against `schema`. A bad file comes back with each
 * problem's line, column and field, never a half-read value.
 */
export function readValidatedJson<S extends z.ZodType>(
  file: string,
  schema: S,
): FileReading<z.output<S>> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    return { ok: false, file, problems: [{ line: 0, column: 0, field: '', message: reason }] };
  }
  return validateJsonText(file, text, schema);
}

export function validateJsonText<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): FileReading<z.output<S>> {
  let data: unknown;
  try {
    locateJsonPath(text, []);
    data = JSON.parse(text);
  } catch (error) {
    const position = error instanceof JsonSyntaxError ? error.position : { line: 1, column: 1 };
    const message =
      error instanceof JsonSyntaxError ? error.message.replace(/ at line .*/, '') : String(error);
    return {
      ok: false,
      file,
      problems: [{ ...position, field: '', message: `not valid JSON: ${message}` }],
    };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, text };
  const problems = result.error.issues.flatMap((issue): FileProblem[] => {
    // An unknown field is pointed at where it is written, not at its parent object.
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    return paths.map((path) => {
      const { line, column } = locateJsonPath(text, path);
      const message =
        issue.code === 'unrecognized_keys'
          ? 'unknown field: remove it or correct its spelling'
          : issue.message;
      return { line, column, field: fieldName(path), message };
    });
  });
  return { ok: false, file, problems };
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** One line per problem, as a person fixing the file wants to read it. */
export function describeProblems(file: string, problems: readonly FileProblem[]): string {
  return problems
    .map((p) =>
      p.line > 0
        ? `${file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ''}${p.message}`
        : `${file}: ${p.message}`,
    )
    .join('\n');
}
