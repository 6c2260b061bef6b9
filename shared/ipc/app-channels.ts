import { z } from 'zod';
import { browserChannels } from './browser-channels';
import { channel } from './envelope';
import { setupChannels } from './setup-channels';

// What the Electron app's own screens ask its main process, besides the devices: the
// admin PIN (the only way out of kiosk mode) and what the page needs to know about the
// app. Declared once here, like the device channels; the preload forwards only these
// names, and the main process parses each request with these schemas.

const noRequest = z.strictObject({});
const epochMs = z.number().int().nonnegative();

export const appChannels = {
  'app:info': channel({
    summary: "The app's mode and version, and why the setup screen is open, if it is.",
    request: noRequest,
    response: z.strictObject({
      mode: z.enum(['kiosk', 'counter', 'display', 'setup']),
      version: z.string().max(40),
      setupReason: z.enum(['first-run', 'corrupt', 'invalid', 'newer']).nullable(),
    }),
    errors: [],
  }),
  'admin:unlock': channel({
    summary:
      'Checks the admin PIN. Wrong attempts are limited and slowed: `wait` says until when ' +
      'no PIN is checked at all.',
    request: z.strictObject({ pin: z.string().regex(/^\d{6,12}$/, 'a PIN is 6 to 12 digits') }),
    response: z.strictObject({ unlocked: z.literal(true), until: epochMs }),
    errors: ['wrong-pin', 'wait', 'no-pin-set'],
    errorDetails: z.strictObject({ retryAt: epochMs }),
  }),
  'admin:leave-kiosk': channel({
    summary: 'Leaves kiosk mode (quits the app to the desktop), within an unlocked admin session.',
    request: noRequest,
    response: z.strictObject({ leaving: z.literal(true) }),
    errors: ['locked'],
  }),

  // ---- the locked e-services browser (shared/ipc/browser-channels.ts) ----
  ...browserChannels,
  // ---- end of the locked e-services browser ----
  // The setup and admin screens (renderer/setup), declared in their own file.
  ...setupChannels,
} as const;

export type AppChannels = typeof appChannels;
export type AppChannel = keyof AppChannels;
export const appChannelNames = Object.keys(appChannels) as AppChannel[];

export function isAppChannel(name: unknown): name is AppChannel {
  return typeof name === 'string' && Object.hasOwn(appChannels, name);
}

/** The global name the preload exposes the app API under (`invoke` only). */
export const preloadAppGlobalName = 'accueilApp';
