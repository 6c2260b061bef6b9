import { z } from 'zod';
import { codeSchema } from '../domain/primitives';
import { isKeyboardKey } from './browser-keys';
import { channel } from './envelope';

// The kiosk page's control of the locked e-services browser (main/electron/browser/):
// open a portal in the view below the kiosk's bar, back, home, text size, the on-screen
// keyboard's keys, where the view sits, and "Terminer". Part of `appChannels`; the events
// main sends back to the kiosk page are `browserEvents`.

const noRequest = z.strictObject({});
const pixels = z.number().int().min(0).max(2000);

export const zoomSteps = [100, 125, 150, 175, 200] as const;
const zoomPercent = z.union(zoomSteps.map((step) => z.literal(step)));

const browserState = z.strictObject({
  portalId: z.string().max(40),
  canGoBack: z.boolean(),
  loading: z.boolean(),
  zoomPercent,
});

export const browserChannels = {
  'browser:open': channel({
    summary:
      'Opens one of the site’s portals, named by its id, in a fresh locked view (its own ' +
      'in-memory session) under the kiosk’s bar, closing any other. Main looks the portal up ' +
      'in the list it read from the hub itself (its start page, its origins): the page names ' +
      'it, never describes it. `refused`: not one of the site’s portals, or its start page is ' +
      'not on its origins; `unavailable`: main has no list from the hub yet (or this app has no ' +
      'locked browser).',
    request: z.strictObject({ portalId: codeSchema }),
    response: browserState,
    errors: ['refused'],
  }),
  'browser:go': channel({
    summary: 'Back one page, or home: the portal’s start page.',
    request: z.strictObject({ to: z.enum(['back', 'home']) }),
    response: browserState,
    errors: ['not-open'],
  }),
  'browser:zoom': channel({
    summary: 'Text (and page) size one step larger or smaller, 100 % to 200 %.',
    request: z.strictObject({ step: z.enum(['larger', 'smaller']) }),
    response: browserState,
    errors: ['not-open'],
  }),
  'browser:key': channel({
    summary: 'One key of the on-screen keyboard, typed into the page’s focused field.',
    request: z.strictObject({
      key: z
        .string()
        .max(12)
        .refine(isKeyboardKey, 'one character, or an editing key such as "Backspace"'),
    }),
    response: z.strictObject({ typed: z.literal(true) }),
    errors: ['not-open'],
  }),
  'browser:layout': channel({
    summary:
      'How much of the window the kiosk’s bar (top) and keyboard (bottom) take, in CSS pixels: ' +
      'the view fills the rest and never covers them.',
    request: z.strictObject({ top: pixels, bottom: pixels }),
    response: z.strictObject({ placed: z.literal(true) }),
    errors: ['not-open'],
  }),
  'browser:end': channel({
    summary:
      '"Terminer" or idle: the view is destroyed and its session wiped (cookies, storage, caches, ' +
      'service workers, credentials) before this answers. Answers also when nothing was open.',
    request: noRequest,
    response: z.strictObject({ ended: z.literal(true) }),
    errors: [],
  }),
} as const;

/** What main tells the kiosk page about the view, on the one event `browser:event`. */
export const browserEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('state'), state: browserState }),
  /** A navigation the allowlist refused; `host` as the parser read it, to show the visitor. */
  z.strictObject({
    kind: z.literal('refused'),
    reason: z.enum(['unparsable', 'scheme', 'credentials', 'origin']),
    host: z.string().max(80),
  }),
  z.strictObject({ kind: z.literal('download-refused') }),
  /** The page asked to print (`window.print()`): the kiosk has no printer for it. */
  z.strictObject({ kind: z.literal('print-refused') }),
  /** The page asked for a file (an upload field) or a colour picker: no chooser opens on the kiosk. */
  z.strictObject({ kind: z.literal('file-refused') }),
  /** The visitor touched or typed in the view: the kiosk's idle timer starts over. */
  z.strictObject({ kind: z.literal('activity') }),
  /** The view's page crashed or would not load: the kiosk offers the QR code instead. */
  z.strictObject({ kind: z.literal('failed') }),
]);
export type BrowserEvent = z.infer<typeof browserEventSchema>;
export type BrowserState = z.infer<typeof browserState>;

export const browserEventName = 'browser:event';
/** The events the preload forwards to the app's page (`accueilApp.on`). */
export const appEventNames = [browserEventName] as const;
