import { z } from 'zod';
import { calendarSchema } from '../../../shared/domain/calendar-config';
import { printerConfigSchema } from '../../devices/printer/printer-config';
import { serialScannerConfigSchema } from '../../devices/scanner/scanner-config';
import { noPinFailures, pinHashSchema } from '../admin/admin-pin';
import { normaliseFingerprint } from '../policy/certificate-pin';

// One device's configuration: its mode, its hub, its devices, its admin PIN and power
// schedule. Written only by the setup and admin screens and a provisioning file
// (main/electron/provisioning) through DeviceConfigService, never by hand; read back through this schema.

export const deviceConfigVersion = 2;

export const appModes = ['kiosk', 'counter', 'display'] as const;

/** electron-updater channels: `latest` for the fleet, `beta` for a few pilot devices. */
export const updateChannels = ['latest', 'beta'] as const;

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

const hubUrlSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    try {
      const url = new URL(text);
      if (url.username || url.password || url.pathname !== '/' || url.search || url.hash)
        ctx.addIssue({
          code: 'custom',
          message: 'give the hub as an origin only: https://host[:port]',
        });
      else if (
        url.protocol !== 'https:' &&
        !(url.protocol === 'http:' && loopbackHosts.has(url.hostname))
      )
        ctx.addIssue({
          code: 'custom',
          message: 'the hub is reached over https (plain http only on this machine, 127.0.0.1)',
        });
      return url.origin;
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'not a URL: give e.g. https://accueil.mairie.local',
      });
      return z.NEVER;
    }
  });

const fingerprintSchema = z.string().transform((text, ctx) => {
  const normalised = normaliseFingerprint(text);
  if (!normalised)
    ctx.addIssue({
      code: 'custom',
      message: 'a SHA-256 fingerprint: 32 hex pairs (AB:CD:…) or sha256/<base64>',
    });
  return normalised ?? z.NEVER;
});

export const powerScheduleSchema = z.strictObject({
  enabled: z.boolean().default(false),
  wakeBeforeMinutes: z.number().int().min(0).max(240).default(30),
  sleepAfterMinutes: z.number().int().min(0).max(240).default(15),
  timeZone: z.string().min(1).default('Europe/Paris'),
  /** The site's opening hours, as the hub's site configuration gives them. */
  calendar: calendarSchema.optional(),
});

export const deviceConfigSchema = z.strictObject({
  version: z.literal(deviceConfigVersion),
  mode: z.enum(appModes),
  hub: z.strictObject({
    url: hubUrlSchema,
    /** SHA-256 of the hub's certificate, or of the site CA that signed it. */
    fingerprint: fingerprintSchema.optional(),
  }),
  /** The device token the hub gave at enrolment; the one-time enrolment code is not kept. */
  deviceToken: z.string().min(16).max(200).optional(),
  /** Who the hub enrolled this device as (the setup screen's enrolment); absent before. */
  enrolment: z
    .strictObject({
      deviceId: z.string().min(1).max(80),
      label: z.string().max(80),
      at: z.number().int().min(0),
    })
    .optional(),
  printer: printerConfigSchema.nullable().default(null),
  scanner: serialScannerConfigSchema.nullable().default(null),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'a language code such as fr')
    .default('fr'),
  adminPinHash: pinHashSchema.optional(),
  pinAttempts: z
    .strictObject({ failures: z.number().int().min(0), notBefore: z.number().int().min(0) })
    .default(noPinFailures),
  /** Which screen the display window goes to (0: the primary one). */
  screenIndex: z.number().int().min(0).max(16).default(0),
  hideCursor: z.boolean().default(false),
  power: powerScheduleSchema.default({
    enabled: false,
    wakeBeforeMinutes: 30,
    sleepAfterMinutes: 15,
    timeZone: 'Europe/Paris',
  }),
  /** The device's name for IT (the hub's label for it), from its provisioning file. */
  label: z.string().trim().min(1).max(80).optional(),
  /**
   * A one-time enrolment code from the provisioning file, kept until it is exchanged with
   * the hub for `deviceToken` (then removed).
   */
  enrolmentCode: z.string().trim().min(1).max(40).optional(),
  /** The provisioning file applied last (its SHA-256): the same file is never applied twice. */
  provisionedFrom: z
    .strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), appliedAt: z.number().int() })
    .optional(),
  /** Where and which updates this device takes (main/electron/updates). */
  updates: z
    .strictObject({
      channel: z.enum(updateChannels).default('latest'),
      /** A generic HTTPS update server; the one built into the package otherwise. */
      url: z.url({ protocol: /^https$/ }).optional(),
    })
    .optional(),
  /** Small sites: this machine also runs the hub (main/hub startHub). */
  localHub: z
    .strictObject({
      configFile: z.string().min(1),
      dataDir: z.string().min(1),
      port: z.number().int().min(1).max(65535).default(8443),
    })
    .optional(),
});

export type DeviceConfig = z.output<typeof deviceConfigSchema>;
export type DeviceConfigInput = z.input<typeof deviceConfigSchema>;
