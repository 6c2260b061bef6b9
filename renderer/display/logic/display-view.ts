import { z } from 'zod';
import type { BoardCall } from '../../../shared/announce/call-announcement';
import {
  displayScreenFor,
  displaysConfigSchema,
  type DisplayScreen,
} from '../../../shared/domain/display-config';
import { isLanguageFor, type LanguageOf } from '../../../shared/i18n/languages';
import { publicWaitEstimateSchema, type PublicWaitEstimate } from '../../../shared/engine';

// The public view (shared/contracts/views.ts) as a display reads it: defensively (the
// stream carries it as `unknown`; a newer hub may add fields), and narrowed to what this
// screen was configured to show.

const localized = z.record(z.string(), z.string());
const hexColor = z.string().regex(/^#[0-9a-f]{6}$/i);
const brandColorsSchema = z.object({ primary: hexColor, accent: hexColor }).optional();

const publicViewSchema = z.object({
  site: z.object({ name: z.string(), languages: z.array(z.string()) }).nullable(),
  board: z.object({
    calls: z.array(
      z.object({
        ticketId: z.string(),
        number: z.string(),
        counterId: z.string(),
        counterLabel: z.string(),
        at: z.number(),
        recall: z.boolean(),
      }),
    ),
    services: z.array(
      z.object({
        service: z.string(),
        prefix: z.string(),
        names: localized,
        waiting: z.number(),
        estimateMinutes: z.number().nullable(),
        /** What a public screen may say of the wait (absent from an older hub). */
        estimate: publicWaitEstimateSchema.optional().catch(undefined),
      }),
    ),
    message: z.object({ text: z.string() }).nullable().optional().catch(null),
  }),
  displays: displaysConfigSchema.nullable().optional().catch(null),
  // The town's brand, as the hub checked it (shared/brand); one that does not read is left out.
  brand: z
    .object({ name: z.string(), logoSvg: z.string().optional(), colors: brandColorsSchema })
    .optional()
    .catch(undefined),
});

export interface WaitingLine {
  service: string;
  names: Record<string, string>;
  waiting: number;
  estimateMinutes: number | null;
  /** The hub's shown estimate: a figure, a range or "more than 45"; else the bare figure. */
  estimate?: PublicWaitEstimate;
}

export interface DisplayBrand {
  name: string;
  logoSvg?: string;
  colors?: { primary: string; accent: string };
}

export interface DisplayView {
  siteName: string;
  /** The town's name, logo and colours (site config `brand`); null when it has none. */
  brand: DisplayBrand | null;
  /** The language of the screen's words: its own, else the first it speaks, else French. */
  language: LanguageOf<'display'>;
  /** The site's visitor languages, French first. */
  languages: string[];
  screen: DisplayScreen;
  /** Latest first, only this screen's services and counters. */
  calls: BoardCall[];
  waiting: WaitingLine[];
  information: Record<string, string>[];
  informationSeconds: number;
}

/** This display's view of a public snapshot; null when it is not one (or the hub is unconfigured). */
export function readDisplayView(view: unknown, label: string): DisplayView | null {
  const parsed = publicViewSchema.safeParse(view);
  if (!parsed.success || !parsed.data.site) return null;
  const { site, board, displays, brand } = parsed.data;
  const screen = displayScreenFor(displays ?? undefined, label);
  const services = screen.services ? new Set(screen.services) : null;
  const counters = screen.counters ? new Set(screen.counters) : null;
  const prefixes = services
    ? new Set(board.services.filter((s) => services.has(s.service)).map((s) => s.prefix))
    : null;
  const calls = board.calls.filter(
    (call) =>
      (!counters || counters.has(call.counterId)) &&
      (!prefixes || prefixes.has(call.number.replace(/\d+$/, ''))),
  );
  const language = [screen.language, ...(screen.languages ?? site.languages)].find((code) =>
    isLanguageFor('display', code),
  );
  return {
    siteName: site.name,
    brand: brand ?? null,
    language: (language ?? 'fr') as LanguageOf<'display'>,
    languages: site.languages,
    screen,
    calls,
    waiting: board.services
      .filter((s) => !services || services.has(s.service))
      .map(({ service, names, waiting, estimateMinutes, estimate }) => ({
        service,
        names,
        waiting,
        estimateMinutes,
        ...(estimate ? { estimate } : {}),
      })),
    // A floor manager's message (in the site's language) stands in for the information line.
    information: board.message
      ? [{ [site.languages[0] ?? 'fr']: board.message.text }]
      : (displays?.information ?? []),
    informationSeconds: displays?.informationSeconds ?? 8,
  };
}
