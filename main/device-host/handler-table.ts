import type { ParsedRequestOf, ResultOf } from '../../shared/ipc/device-api';
import { describeIssues, failure, type ChannelTable } from '../../shared/ipc/envelope';

// Turns what each channel does (given its parsed request) into handlers any transport
// can call with what arrived: the request is parsed with the channel's schema, and a
// thrown error becomes an `internal` answer, so a handler never rejects.

export type Implementation<T extends ChannelTable> = {
  [C in keyof T & string]: (request: ParsedRequestOf<T, C>) => Promise<ResultOf<T, C>>;
};

export type Handler<T extends ChannelTable, C extends keyof T & string> = (
  input: unknown,
) => Promise<ResultOf<T, C>>;

export type HandlerTable<T extends ChannelTable> = { [C in keyof T & string]: Handler<T, C> };

export function createHandlers<T extends ChannelTable>(
  table: T,
  implementation: Implementation<T>,
  log: (message: string) => void,
): HandlerTable<T> {
  const handlers: Partial<Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of Object.keys(table)) {
    const spec = table[name];
    const run = implementation[name] as (request: unknown) => Promise<unknown>;
    if (!spec) continue;
    handlers[name] = async (input) => {
      const parsed = spec.request.safeParse(input ?? {});
      if (!parsed.success)
        return failure(
          'invalid-request',
          `${name}: the request is not valid: ${describeIssues(parsed.error)}`,
        );
      try {
        return await run(parsed.data);
      } catch (error) {
        log(
          `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        return failure('internal', `${name} failed on the device side; it was logged`);
      }
    };
  }
  return handlers as HandlerTable<T>;
}

/** Calls the handler named `name`, or answers `unknown-channel` when there is none. */
export function dispatch<T extends ChannelTable>(
  handlers: HandlerTable<T>,
  name: string,
  input: unknown,
): Promise<ResultOf<T, keyof T & string> | ReturnType<typeof failure<'unknown-channel'>>> {
  const handler = Object.hasOwn(handlers, name)
    ? (handlers[name] as Handler<T, keyof T & string>)
    : undefined;
  return handler
    ? handler(input)
    : Promise.resolve(
        failure(
          'unknown-channel',
          `there is no device channel named ${JSON.stringify(name.slice(0, 80))}`,
        ),
      );
}
