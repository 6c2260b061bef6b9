import type { DisplaysConfig } from '../domain/display-config';
import {
  publicBoard,
  serviceAvailability,
  townNameOf,
  type Category,
  type PublicBoard,
  type QueueState,
  type Service,
  type SiteConfig,
  type UnavailableReason,
} from '../engine';
import type { Brand } from '../brand/brand';
import type { EServicePortal } from '../domain/eservices-config';

/** Whether a walk-in ticket can be taken now, without the service's whole definition. */
export type PublicAvailability =
  | { service: string; available: true; closesAt: number; cutOffAt: number; remaining?: number }
  | {
      service: string;
      available: false;
      reason: UnavailableReason;
      nextOpening?: number;
      closesAt?: number;
      bookingUrl?: string;
    };

/**
 * What kiosks and displays see over the event stream: the waiting-room board and which
 * services take walk-ins now. Ticket numbers and counters only: no names, no tokens.
 */
export interface PublicView {
  /** `townName`: what tickets print at their top (`site.townName`, else the site's name). */
  site: { name: string; townName: string; languages: string[] } | null;
  board: PublicBoard;
  services: PublicAvailability[];
  /** What the kiosk's walk-in path shows: categories, services, documents to bring. */
  catalogue: PublicCatalogue | null;
  /** What each waiting-room display shows and says, and the information line. */
  displays: DisplaysConfig | null;
  /** The town's name, logo and colours (site config `brand`); absent when it has none. */
  brand?: PublicBrand;
  /** The kiosks' e-service portals (site config `eservices`); absent when the site has none. */
  eservices?: EServicePortal[];
}

/** The brand as the screens apply it: its name falls back to the town's name. */
export type PublicBrand = Omit<Brand, 'name'> & { name: string };

export function publicBrand(config: SiteConfig): PublicBrand | undefined {
  return config.brand
    ? { ...config.brand, name: config.brand.name ?? townNameOf(config) }
    : undefined;
}

/** The services as the public may read them (the site's own published information). */
export interface PublicCatalogue {
  categories: Category[];
  services: Pick<
    Service,
    'code' | 'names' | 'description' | 'category' | 'mode' | 'documents' | 'bookingUrl'
  >[];
}

export function publicCatalogue(config: SiteConfig): PublicCatalogue {
  return {
    categories: config.categories,
    services: config.services.map(
      ({ code, names, description, category, mode, documents, bookingUrl }) => ({
        code,
        names,
        ...(description ? { description } : {}),
        category,
        mode,
        documents,
        ...(bookingUrl ? { bookingUrl } : {}),
      }),
    ),
  };
}

export function publicAvailability(state: QueueState, now: number): PublicAvailability[] {
  return (state.config?.services ?? []).map((service) => {
    const { service: _definition, ...availability } = serviceAvailability(state, service.code, now);
    return { service: service.code, ...availability };
  });
}

export function publicView(state: QueueState, now: number): PublicView {
  return {
    site: state.config
      ? {
          name: state.config.site.name,
          townName: townNameOf(state.config),
          languages: state.config.languages,
        }
      : null,
    board: publicBoard(state, now),
    services: publicAvailability(state, now),
    catalogue: state.config ? publicCatalogue(state.config) : null,
    ...(state.config?.brand ? { brand: publicBrand(state.config) } : {}),
    ...(state.config?.eservices ? { eservices: state.config.eservices.portals } : {}),
    displays: state.config?.displays ?? null,
  };
}
