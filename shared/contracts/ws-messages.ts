import { z } from 'zod';
import { domainEventSchema } from '../engine';

/** Path of the hub's WebSocket event stream (same host and port as the HTTP API). */
export const eventStreamPath = '/api/v1/events';

/** Largest frame the hub accepts from a client; a bigger one closes the connection (1009). */
export const maxFrameBytes = 64 * 1024;

/** An application version as a device reports it ("1.4.2", "1.5.0-beta.1+build.7"). */
export const appVersionSchema = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/, 'a version such as 1.4.2 (letters, digits, . + -)');

/**
 * The client's first message: its bearer token (browsers cannot set headers on a
 * WebSocket), when reconnecting the last sequence number it applied, and the version of
 * the app it runs (the hub shows it in the dashboard's fleet; optional for old clients).
 */
export const clientHelloSchema = z.strictObject({
  type: z.literal('hello'),
  token: z.string().min(1).max(200),
  lastSeq: z.number().int().nonnegative().optional(),
  appVersion: appVersionSchema.optional(),
});
export const clientMessageSchema = z.discriminatedUnion('type', [clientHelloSchema]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Close codes the hub uses, so a client knows whether to retry. */
export const closeCodes = {
  /** The first message was not a valid `hello`: fix the client. */
  badMessage: 4400,
  /** Sent no valid `hello` in time or its token was refused: get a token, then retry. */
  unauthenticated: 4401,
  /** Token revoked or session ended while connected: do not retry with it. */
  revoked: 4403,
  /** Fell too far behind (slow link): reconnect and resume with the last seq. */
  tooSlow: 4408,
  /** The hub is stopping: reconnect later. */
  goingAway: 1001,
} as const;

export const heartbeatIntervalMs = 15_000;

export const audienceSchema = z.enum(['staff', 'public']);
/** Staff (counter, manager, admin) get the queue state and its events; kiosks and displays a public view. */
export type Audience = z.infer<typeof audienceSchema>;

const seq = z.number().int().nonnegative();

/**
 * The whole view at `seq`. Staff: the engine's `QueueState` (no personal data: that
 * never enters the engine), kept current by applying `events` with the engine's `evolve`.
 * Public: a fresh snapshot is sent whenever the public view changes.
 */
export const snapshotMessageSchema = z.strictObject({
  type: z.literal('snapshot'),
  audience: audienceSchema,
  seq,
  view: z.unknown(),
});
export const eventsMessageSchema = z.strictObject({
  type: z.literal('events'),
  fromSeq: seq,
  toSeq: seq,
  events: z.array(domainEventSchema),
});
export const heartbeatMessageSchema = z.strictObject({
  type: z.literal('heartbeat'),
  seq,
  at: z.number(),
});
export const streamErrorMessageSchema = z.strictObject({
  type: z.literal('error'),
  code: z.string(),
  message: z.string(),
});
export const serverMessageSchema = z.discriminatedUnion('type', [
  snapshotMessageSchema,
  eventsMessageSchema,
  heartbeatMessageSchema,
  streamErrorMessageSchema,
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
