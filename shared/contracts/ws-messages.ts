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

/**
 * Topics of staff notices a client may ask for, in its stream URL (`?notices=complaints`):
 * things that changed outside the queue engine, so outside its events. A client that
 * does not ask (an older console) never gets a message it could not read, and an older
 * hub ignores the question.
 */
export const noticeTopics = ['complaints'] as const;
export type NoticeTopic = (typeof noticeTopics)[number];
export const noticesQueryParam = 'notices';

/** The stream's URL, asking for these notices (none: the URL every client always used). */
export function eventStreamUrlFor(base: string, notices: readonly NoticeTopic[] = []): string {
  return notices.length === 0 ? base : `${base}?${noticesQueryParam}=${notices.join(',')}`;
}

/** The topics a stream URL asks for, unknown ones left out. */
export function noticeTopicsOf(url: string | undefined): Set<NoticeTopic> {
  // By hand: shared/ has neither the DOM's nor Node's URLSearchParams.
  const query = (url ?? '').split('?')[1] ?? '';
  const pair = query.split('&').find((p) => p.startsWith(`${noticesQueryParam}=`)) ?? '';
  let asked: string[] = [];
  try {
    asked = decodeURIComponent(pair.slice(noticesQueryParam.length + 1)).split(',');
  } catch {
    // A malformed escape asks for nothing.
  }
  return new Set(noticeTopics.filter((topic) => asked.includes(topic)));
}

const complaintIdSchema = z.string().min(1).max(40);
/**
 * What changed, by id only (no personal data): the client reads what it shows again
 * through the API, with its own rights. Unsequenced: a client that was away reads its
 * lists again when it is live again.
 */
export const staffNoticeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('complaint:recorded'), complaintId: complaintIdSchema }),
  z.strictObject({ type: z.literal('complaint:answered'), complaintId: complaintIdSchema }),
]);
export type StaffNotice = z.infer<typeof staffNoticeSchema>;

/** Which topic a notice belongs to. */
export const noticeTopicOf: Record<StaffNotice['type'], NoticeTopic> = {
  'complaint:recorded': 'complaints',
  'complaint:answered': 'complaints',
};

export const noticeMessageSchema = z.strictObject({
  type: z.literal('notice'),
  notice: staffNoticeSchema,
});

export const serverMessageSchema = z.discriminatedUnion('type', [
  snapshotMessageSchema,
  eventsMessageSchema,
  heartbeatMessageSchema,
  streamErrorMessageSchema,
  noticeMessageSchema,
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
