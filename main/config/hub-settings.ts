import { z } from 'zod';
import { centralSettingsSchema } from './central-settings';

/** The hub's own settings (not the site's): where it listens, keeps data, and for how long. */
export const hubSettingsSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65_535).default(8080),
  dataDir: z.string().min(1).default('.data/hub'),
  tls: z
    .strictObject({ cert: z.string().min(1), key: z.string().min(1) })
    .optional()
    .describe('PEM files; when given the hub serves HTTPS and WSS only'),
  /** Days visitors' personal data is kept after their appointment day. */
  retentionDays: z.number().int().min(0).max(365).default(30),
  /** How long an agent's login lasts (a working day by default). */
  sessionHours: z
    .number()
    .positive()
    .max(24 * 7)
    .default(12),
  /** How long an enrolment code stays valid. */
  enrolmentCodeMinutes: z
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(60),
  /** Largest request body accepted. */
  bodyLimitBytes: z
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024)
    .default(256 * 1024),
  /**
   * Origins of the loopback device host that web-mode kiosks call (their printer and
   * scanner): the only other place the served pages may connect to.
   */
  deviceHostOrigins: z
    .array(
      z
        .string()
        .regex(
          /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/,
          'a loopback origin such as "http://127.0.0.1:8090" (the device host listens on loopback only)',
        ),
    )
    .max(8)
    .default([]),
  /**
   * Origins of pages the hub does not serve that may call its API (CORS): the desktop
   * app's pages come from `app://accueil`. Each an exact origin (no path, no wildcard).
   */
  corsOrigins: z
    .array(
      z
        .string()
        .regex(
          /^[a-z][a-z0-9+.-]*:\/\/[^/\s?#*]+$/,
          'an exact origin such as "app://accueil" or "https://accueil.mairie.fr" (no path, no wildcard)',
        ),
    )
    .max(8)
    .default(['app://accueil']),
  /** The town's central API; absent: visits are kept and the sync worker is off. */
  central: centralSettingsSchema.optional(),
  /** Days a visit record is kept here once the central API has it. */
  visitsKeptDays: z.number().int().min(1).max(3650).default(30),
  /** Years the anonymous visit facts (statistics, the yearly report) are kept. */
  statisticsKeptYears: z.number().int().min(1).max(30).default(6),
  /** Days a satisfaction comment is kept (the 1–5 rating stays with the statistics). */
  surveyCommentsKeptDays: z.number().int().min(1).max(3650).default(90),
  /** Minutes after the site closes before the hub ends the day by itself (day:end). */
  dayEndGraceMinutes: z
    .number()
    .int()
    .min(0)
    .max(12 * 60)
    .default(30),
  /**
   * The town's monitoring: GET /metrics (Prometheus) and GET /api/v1/health/details answer
   * the administrator, or a scraper holding this token (also ACCUEIL_MONITORING_TOKEN).
   */
  monitoring: z
    .strictObject({
      token: z
        .string()
        .min(24, 'a monitoring token of at least 24 characters (e.g. openssl rand -hex 16)')
        .max(256)
        .optional(),
      /** A device not heard from for this long counts as silent. */
      silentAfterMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60)
        .default(15),
      /** Below this much free space in the data folder, the health says "degraded". */
      minFreeDiskMegabytes: z.number().int().min(1).default(500),
    })
    .prefault({}),
  /** How long an idempotency key is remembered. */
  idempotencyHours: z
    .number()
    .positive()
    .max(24 * 30)
    .default(48),
});
export type HubSettings = z.output<typeof hubSettingsSchema>;
export type HubSettingsInput = z.input<typeof hubSettingsSchema>;

export const loopbackHosts = ['127.0.0.1', '::1', 'localhost'];

/**
 * Plain HTTP only on loopback: on a LAN, tokens and passwords would cross the wire in
 * clear, so a non-loopback address needs a certificate (or an explicit, logged opt-out).
 */
export function plainHttpProblem(settings: HubSettings, allowInsecureLan: boolean): string | null {
  if (settings.tls || loopbackHosts.includes(settings.host) || allowInsecureLan) return null;
  return `listening on ${settings.host} without TLS would send passwords and tokens in clear on the network: give --cert and --key, listen on 127.0.0.1, or pass --insecure-lan if the network is trusted`;
}
