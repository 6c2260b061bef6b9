import { z } from 'zod';

/** Path of the hub's WebSocket event stream (same host and port as the HTTP API). */
export const eventStreamPath = '/api/v1/events';

/** Largest frame either side accepts; bigger ones close the connection (code 1009). */
export const maxFrameBytes = 64 * 1024;

/**
 * The client's first message: its bearer token (browsers cannot set headers on a
 * WebSocket) and, when reconnecting, the last sequence number it applied.
 */
export const clientHelloSchema = z.strictObject({
  type: z.literal('hello'),
  token: z.string().min(1).max(200),
  lastSeq: z.number().int().nonnegative().optional(),
});
export const clientMessageSchema = z.discriminatedUnion('type', [clientHelloSchema]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Close codes the hub uses, so a client knows whether to retry. */
export const closeCodes = {
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
