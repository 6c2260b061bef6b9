import { z } from 'zod';
import { deviceStatusSchema } from '../devices/status';
import { channel } from './envelope';

// The setup and admin screens' channels (renderer/setup): read the hub's certificate so
// IT can compare its fingerprint, test the hub, enrol the device and save its
// configuration, then, behind the admin PIN, see the configuration and the devices, test
// the printer, read the recent logs and restart. Part of appChannels (app-channels.ts):
// the preload forwards them and main checks every sender like the others. A setup
// channel answers `locked` outside the setup screen until the admin PIN is given.

const noRequest = z.strictObject({});
const epochMs = z.number().int().nonnegative();
/** Typed by IT: checked again by the device configuration's schema in main. */
const hubUrlInput = z.string().trim().min(1, 'give the hub address').max(200);
const fingerprintText = z
  .string()
  .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'a SHA-256 fingerprint as AB:CD:… (32 pairs)');

export const setupModes = ['kiosk', 'counter', 'display'] as const;
export const setupLanguages = ['fr', 'en'] as const;

/** One certificate of the chain the hub presented, server first. */
export const presentedCertificateSchema = z.strictObject({
  subject: z.string().max(300),
  issuer: z.string().max(300),
  fingerprint: fingerprintText,
  validFrom: epochMs,
  validTo: epochMs,
  isCa: z.boolean(),
});
export type PresentedCertificateView = z.infer<typeof presentedCertificateSchema>;

export const adminOverviewSchema = z.strictObject({
  mode: z.enum(setupModes),
  version: z.string().max(40),
  hub: z.strictObject({ url: z.string().max(200), fingerprint: fingerprintText.nullable() }),
  enrolment: z
    .strictObject({ deviceId: z.string().max(80), label: z.string().max(80), at: epochMs })
    .nullable(),
  language: z.string().max(8),
  printer: z.string().max(200).nullable(),
  scanner: z.string().max(200).nullable(),
  statuses: z.array(deviceStatusSchema).max(16),
  unlockedUntil: epochMs,
});
export type AdminOverview = z.infer<typeof adminOverviewSchema>;

const hubErrors = ['hub-unreachable', 'certificate-refused', 'not-a-hub'] as const;

export const setupChannels = {
  'setup:problem': channel({
    summary:
      'Why the setup screen opened: first run, or a configuration file that was refused ' +
      '(kept aside: `keptAs` says where), with the reason in English for IT.',
    request: noRequest,
    response: z.strictObject({
      reason: z.enum(['first-run', 'corrupt', 'invalid', 'newer']).nullable(),
      message: z.string().max(2000).nullable(),
      keptAs: z.string().max(1000).nullable(),
    }),
    errors: [],
  }),
  'setup:read-certificate': channel({
    summary:
      "Reads the certificate chain the hub presents (nothing is sent to it), so IT compares a fingerprint with the hub's before trusting it.",
    request: z.strictObject({ hubUrl: hubUrlInput }),
    response: z.strictObject({
      origin: z.string().max(200),
      /** Plain http (on this machine only): no certificate. */
      tls: z.boolean(),
      /** Whether the system's own CAs trust it already (no pin needed). */
      trustedBySystem: z.boolean(),
      chain: z.array(presentedCertificateSchema).max(10),
    }),
    errors: ['invalid-url', 'hub-unreachable', 'locked'],
  }),
  'setup:test-hub': channel({
    summary:
      'Reaches the hub (its certificate checked against the fingerprint IT confirmed) and reads its health.',
    request: z.strictObject({ hubUrl: hubUrlInput, fingerprint: fingerprintText.optional() }),
    response: z.strictObject({
      origin: z.string().max(200),
      configured: z.boolean(),
      now: epochMs,
    }),
    errors: ['invalid-url', ...hubErrors, 'locked'],
  }),
  'setup:enrol': channel({
    summary:
      'Enrols this device with the hub using a one-time code, then saves the configuration ' +
      '(mode, hub, fingerprint, token, language, admin PIN). The app restarts to use it.',
    request: z.strictObject({
      hubUrl: hubUrlInput,
      fingerprint: fingerprintText.optional(),
      code: z.string().trim().min(1, 'give the enrolment code').max(40),
      mode: z.enum(setupModes),
      language: z.enum(setupLanguages),
      /** Required on a first setup; omitted on a re-enrolment keeps the PIN. */
      adminPin: z
        .string()
        .regex(/^\d{6,12}$/, 'an admin PIN is 6 to 12 digits')
        .optional(),
    }),
    response: z.strictObject({
      deviceId: z.string().max(80),
      label: z.string().max(80),
      mode: z.enum(setupModes),
    }),
    errors: [
      'invalid-url',
      ...hubErrors,
      'code-refused',
      'rate-limited',
      'role-mismatch',
      'pin-required',
      'config-refused',
      'locked',
    ],
    errorDetails: z.strictObject({ retryAfterSeconds: z.number().int().nonnegative() }),
  }),
  'admin:overview': channel({
    summary: "The device's configuration and its devices' statuses (no token, no PIN hash).",
    request: noRequest,
    response: adminOverviewSchema,
    errors: ['locked'],
  }),
  'admin:test-print': channel({
    summary: 'Prints a test ticket on the configured printer.',
    request: noRequest,
    response: z.strictObject({ printed: z.literal(true) }),
    errors: ['locked', 'no-printer', 'print-failed'],
  }),
  'admin:logs': channel({
    summary: "The newest lines of the app's log file (electron-log), oldest first.",
    request: z.strictObject({ lines: z.number().int().min(1).max(500).default(200) }),
    response: z.strictObject({
      file: z.string().max(1000),
      lines: z.array(z.string().max(2000)).max(500),
    }),
    errors: ['locked'],
  }),
  'admin:done': channel({
    summary: "Leaves the admin screen: locks it again and shows the mode's own page.",
    request: noRequest,
    response: z.strictObject({ locked: z.literal(true) }),
    errors: [],
  }),
  'admin:restart': channel({
    summary: 'Restarts the app (after a setup, or at the admin’s request).',
    request: noRequest,
    response: z.strictObject({ restarting: z.literal(true) }),
    errors: ['locked'],
  }),
} as const;

export type SetupChannels = typeof setupChannels;
