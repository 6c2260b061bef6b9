import { z } from 'zod';

// How every device call answers, over IPC and HTTP alike: `{ok: true, value}` or
// `{ok: false, error: {code, message, details?}}`. Errors are values, so they survive
// structured cloning and JSON, and each channel's codes are part of its type.

/** What a channel declares: its schemas, the error codes of its own, what it does. */
export interface ChannelSpec {
  readonly request: z.ZodType;
  readonly response: z.ZodType;
  /** Codes this channel may answer besides the common and transport ones. */
  readonly errors: readonly string[];
  /** Facts that come with this channel's errors (a print that may have reached the paper). */
  readonly errorDetails?: z.ZodType;
  readonly summary: string;
}

export type ChannelTable = Readonly<Record<string, ChannelSpec>>;

/** Declares a channel, keeping its literal error codes in the type. */
export function channel<const S extends ChannelSpec>(spec: S): S {
  return spec;
}

/** Codes any handler may answer. */
export const commonErrorCodes = [
  /** The request does not match the channel's schema; the message says which field. */
  'invalid-request',
  /** The device or capability is not there (no printer, no scanner, web mode). */
  'unavailable',
  /** A bug in the handler; logged on the device side. */
  'internal',
] as const;

/** Codes only a transport answers: the call never reached (or never came back from) a handler. */
export const transportErrorCodes = [
  'unknown-channel',
  'unauthorized',
  'forbidden',
  'payload-too-large',
  'unsupported-media-type',
  /** The device host could not be reached (not started, crashed, wrong address). */
  'unreachable',
  /** No answer in time: the call may still have been carried out. */
  'no-answer',
  /** The answer did not match the contract (a version mismatch between both ends). */
  'bad-response',
] as const;

export type CommonErrorCode = (typeof commonErrorCodes)[number];
export type TransportErrorCode = (typeof transportErrorCodes)[number];

export type ChannelErrorCode<S extends ChannelSpec> =
  S['errors'][number] | CommonErrorCode | TransportErrorCode;

export type ChannelErrorDetails<S extends ChannelSpec> = S extends {
  errorDetails: infer D extends z.ZodType;
}
  ? z.output<D>
  : never;

export interface ChannelError<S extends ChannelSpec> {
  code: ChannelErrorCode<S>;
  /** English, for logs and support; the UI words its own message from `code`. */
  message: string;
  details?: ChannelErrorDetails<S>;
}

export type ChannelResult<S extends ChannelSpec> =
  { ok: true; value: z.output<S['response']> } | { ok: false; error: ChannelError<S> };

/** An error any channel may carry: what transports and the generic wrappers build. */
export interface GenericError {
  code: CommonErrorCode | TransportErrorCode;
  message: string;
}

export const MAX_ERROR_MESSAGE = 2000;

export function failure<C extends string>(
  code: C,
  message: string,
): { ok: false; error: { code: C; message: string } } {
  return { ok: false, error: { code, message: message.slice(0, MAX_ERROR_MESSAGE) } };
}

/** The schema of a channel's whole answer, to check what comes back over a transport. */
export function resultSchemaOf<S extends ChannelSpec>(spec: S): z.ZodType<ChannelResult<S>> {
  const codes = new Set<string>([...spec.errors, ...commonErrorCodes, ...transportErrorCodes]);
  const error = z.strictObject({
    code: z
      .string()
      .refine((code) => codes.has(code), 'an error code this channel does not declare'),
    message: z.string().max(MAX_ERROR_MESSAGE),
    ...(spec.errorDetails ? { details: spec.errorDetails.optional() } : {}),
  });
  const schema = z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value: spec.response }),
    z.strictObject({ ok: z.literal(false), error }),
  ]);
  // The schema checks exactly the fields ChannelResult<S> names; zod cannot infer a
  // code union from a runtime Set, hence the cast.
  return schema as unknown as z.ZodType<ChannelResult<S>>;
}

/** "field: message; …" for a failed parse, with unknown fields named and how to fix them. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.map(String).join('.') || 'request';
      if (issue.code === 'unrecognized_keys')
        return `${field}: unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} (remove them)`;
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}
