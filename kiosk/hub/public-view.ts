import { z } from 'zod';
import { brandSchema } from '../../shared/brand/brand';
import type { PublicBrand } from '../../shared/contracts/views';
import { portalSchema, type EServicePortal } from '../../shared/domain/eservices-config';
import { publicWaitEstimateSchema, type PublicWaitEstimate } from '../../shared/engine';

// The public view the hub streams to kiosks (shared/contracts/views.ts `PublicView`),
// read defensively: the stream carries it as `unknown`, and a hub one version ahead may
// add fields. Also the service catalogue (categories, documents), which the kiosk needs
// for the walk-in flow; where the hub does not send it, every service sits in one list
// with no documents.

const localized = z.record(z.string(), z.string());

const availabilitySchema = z.object({
  service: z.string(),
  available: z.boolean(),
  reason: z.string().optional(),
  nextOpening: z.number().optional(),
  closesAt: z.number().optional(),
  cutOffAt: z.number().optional(),
  remaining: z.number().optional(),
  bookingUrl: z.string().optional(),
});

const catalogueSchema = z.object({
  categories: z.array(z.object({ code: z.string(), names: localized })),
  services: z.array(
    z.object({
      code: z.string(),
      names: localized,
      description: localized.optional(),
      category: z.string(),
      mode: z.string(),
      documents: z
        .array(
          z.object({ code: z.string(), names: localized, required: z.boolean().default(true) }),
        )
        .default([]),
      bookingUrl: z.string().optional(),
    }),
  ),
});

export const publicViewSchema = z.object({
  site: z
    .object({ name: z.string(), townName: z.string().optional(), languages: z.array(z.string()) })
    .nullable(),
  board: z.object({
    services: z.array(
      z.object({
        service: z.string(),
        prefix: z.string(),
        names: localized,
        waiting: z.number(),
        estimateMinutes: z.number().nullable(),
        /** What a public screen may say of the wait (absent from an older hub). */
        estimate: publicWaitEstimateSchema.optional(),
      }),
    ),
  }),
  services: z.array(availabilitySchema),
  catalogue: catalogueSchema.optional(),
  // Checked again here (a safe logo, colours at AA); a brand that is not is left out.
  brand: brandSchema
    .extend({ name: z.string() })
    .optional()
    .catch(() => undefined),
  // The locked browser's portals: a portal that does not parse is left out, not the view.
  eservices: z
    .array(z.unknown())
    .optional()
    .transform((portals) =>
      (portals ?? []).flatMap((portal) => {
        const parsed = portalSchema.safeParse(portal);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
});

export type PublicViewData = z.infer<typeof publicViewSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
export type LocalizedNames = Record<string, string>;

export interface KioskDocument {
  code: string;
  names: LocalizedNames;
  required: boolean;
}

export interface KioskService {
  code: string;
  names: LocalizedNames;
  description?: LocalizedNames;
  category: string;
  documents: KioskDocument[];
  bookingUrl?: string;
  waiting: number;
  estimateMinutes: number | null;
  /** What the kiosk may say of the wait; else the bare figure (an older hub). */
  estimate?: PublicWaitEstimate;
  availability: Availability;
}

export interface KioskCategory {
  code: string;
  names: LocalizedNames;
}

export interface KioskView {
  siteName: string;
  /** What tickets print at their top: the town (the site's name from an older hub). */
  townName: string;
  languages: string[];
  categories: KioskCategory[];
  services: KioskService[];
  /** The town's name, logo and colours; null when the site has none. */
  brand: PublicBrand | null;
  /** The site's e-service portals for the locked browser (Electron); empty when it has none. */
  eservices: EServicePortal[];
}

/** The single category of a hub that sends no catalogue. */
export const allServicesCategory = 'all';

/** Reads a snapshot's view; null when it is not a public view this kiosk understands. */
export function readPublicView(view: unknown): KioskView | null {
  const parsed = publicViewSchema.safeParse(view);
  if (!parsed.success || !parsed.data.site) return null;
  const { site, board, services, catalogue, brand, eservices } = parsed.data;
  const availability = new Map(services.map((s) => [s.service, s]));
  const described = new Map(catalogue?.services.map((s) => [s.code, s]));
  const kioskServices = board.services.map((entry): KioskService => {
    const details = described.get(entry.service);
    const available = availability.get(entry.service) ?? {
      service: entry.service,
      available: false,
      reason: 'unknown',
    };
    const bookingUrl = details?.bookingUrl ?? available.bookingUrl;
    return {
      code: entry.service,
      names: details?.names ?? entry.names,
      ...(details?.description ? { description: details.description } : {}),
      category: details?.category ?? allServicesCategory,
      documents: details?.documents ?? [],
      ...(bookingUrl ? { bookingUrl } : {}),
      waiting: entry.waiting,
      estimateMinutes: entry.estimateMinutes,
      ...(entry.estimate ? { estimate: entry.estimate } : {}),
      availability: available,
    };
  });
  const categories = catalogue
    ? catalogue.categories.filter((c) => kioskServices.some((s) => s.category === c.code))
    : [{ code: allServicesCategory, names: { fr: site.name } }];
  return {
    siteName: site.name,
    townName: site.townName ?? site.name,
    languages: site.languages,
    categories,
    services: kioskServices,
    brand: brand ?? null,
    eservices,
  };
}

/**
 * The same view with fresh availability (`GET /api/v1/services/availability`): the
 * stream only sends a new public view when a command changes it, not when the clock
 * passes a closing time or a cut-off.
 */
export function withAvailability(view: KioskView, fresh: unknown): KioskView {
  const parsed = z.array(availabilitySchema).safeParse(fresh);
  if (!parsed.success) return view;
  const byService = new Map(parsed.data.map((a) => [a.service, a]));
  return {
    ...view,
    services: view.services.map((service) => {
      const availability = byService.get(service.code);
      return availability ? { ...service, availability } : service;
    }),
  };
}
