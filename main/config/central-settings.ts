import { z } from 'zod';
import { idSchema } from '../../shared/domain/primitives';

const loopbackHttp = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?(\/.*)?$/;

/** Personal fields a site may choose to send with its visits (none by default). */
export const personalVisitFields = ['visitorName', 'phone', 'note'] as const;

/**
 * How the hub reaches the town's central API. Optional: without it, visits are still
 * recorded (and sent once it is configured), and the sync worker says it is off.
 */
export const centralSettingsSchema = z.strictObject({
  /** e.g. "https://central.ville.example/api": https, or plain http on loopback (sandbox). */
  baseUrl: z
    .url()
    .refine(
      (url) => url.startsWith('https://') || loopbackHttp.test(url),
      'https://…, or http:// on loopback only (a sandbox on this machine): the token must not cross the network in clear',
    ),
  /** The site's id at the central API (its token belongs to it). */
  siteId: idSchema,
  /** The site's bearer token; or leave it out and set ACCUEIL_CENTRAL_TOKEN. */
  token: z.string().min(8).max(512).optional(),
  /** PEM file of the CA(s) to trust for the central API instead of the system's. */
  caFile: z.string().min(1).optional(),
  /** Visits per batch (the central API takes at most 1000). */
  batchSize: z.number().int().min(1).max(1000).default(500),
  /** Deadline of one exchange with the central API. */
  timeoutSeconds: z.number().positive().max(600).default(30),
  /** How often the day's appointments are pulled (ETag: an unchanged day costs a 304). */
  appointmentsEveryMinutes: z
    .number()
    .positive()
    .max(24 * 60)
    .default(5),
  /** How often the site's health is reported. */
  healthEveryMinutes: z
    .number()
    .positive()
    .max(24 * 60)
    .default(5),
  /** Personal fields sent with visits, each only where the town has decided so. */
  personalFields: z.array(z.enum(personalVisitFields)).max(3).default([]),
  /** Raise a staff alert when the sync has failed for this long (or at once when the
   *  token or TLS trust is refused). */
  alertAfterMinutes: z
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
});
export type CentralSettings = z.output<typeof centralSettingsSchema>;
export type CentralSettingsInput = z.input<typeof centralSettingsSchema>;
