import { z } from 'zod';
import { codeSchema, localizedTextSchema } from './primitives';

// The e-service portals a site offers on its kiosks' locked browser: each one's name,
// icon, the page it opens at, and the exact https origins it needs, its sign-in pages and
// identity providers (FranceConnect) included. Nothing else can be reached from it. The
// origins are written in their canonical form (lower-case, no path, no default port) and
// checked again with the WHATWG URL parser where they are enforced (main/electron/browser/).

/** The portals' icons, drawn by the kiosk (no image travels in the configuration). */
export const portalIcons = [
  'town',
  'service-public',
  'ants',
  'caf',
  'impots',
  'ameli',
  'franceconnect',
  'generic',
] as const;
export type PortalIcon = (typeof portalIcons)[number];

// ASCII labels only (an internationalised name is written in its xn-- form), lower case.
const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const canonicalOrigin = new RegExp(`^https://${label}(?:\\.${label})+(?::(?!443$)\\d{1,5})?$`);

export const portalOriginSchema = z
  .string()
  .regex(
    canonicalOrigin,
    'an https origin in canonical form, e.g. "https://www.service-public.fr": lower case, no path, no trailing slash, no user name, no ":443"',
  );

const isWithin = (url: string, origin: string) => url === origin || url.startsWith(`${origin}/`);

export const portalSchema = z
  .strictObject({
    id: codeSchema,
    names: localizedTextSchema,
    hints: localizedTextSchema.optional(),
    icon: z.enum(portalIcons).default('generic'),
    /** The page the portal opens at; its origin must be one of `origins`. */
    start: z
      .string()
      .max(500)
      .regex(/^https:\/\/[^\s]+$/, 'an https:// address'),
    origins: z.array(portalOriginSchema).min(1).max(20),
  })
  .refine((portal) => portal.origins.some((origin) => isWithin(portal.start, origin)), {
    message: 'the start page must be on one of the portal’s origins',
    path: ['start'],
  });
export type EServicePortal = z.output<typeof portalSchema>;
export type EServicePortalInput = z.input<typeof portalSchema>;

export const eservicesConfigSchema = z.strictObject({
  portals: z
    .array(portalSchema)
    .max(12)
    .refine((portals) => new Set(portals.map((p) => p.id)).size === portals.length, {
      message: 'two portals have the same id',
    }),
});
export type EServicesConfig = z.output<typeof eservicesConfigSchema>;

/** FranceConnect, and the identity providers it sends a visitor to and back from. */
export const franceConnectOrigins = [
  'https://franceconnect.gouv.fr',
  'https://app.franceconnect.gouv.fr',
  'https://oidc.franceconnect.gouv.fr',
  'https://auth.franceconnect.gouv.fr',
  // impots.gouv.fr and ameli as identity providers
  'https://idp.impots.gouv.fr',
  'https://fc.assure.ameli.fr',
];

/** The national portals every French town's kiosk may offer (the demo site's list). */
export const nationalPortals: EServicePortalInput[] = [
  {
    id: 'service-public',
    names: { fr: 'service-public.fr', en: 'service-public.fr' },
    hints: { fr: 'Vos droits et démarches', en: 'Your rights and procedures' },
    icon: 'service-public',
    start: 'https://www.service-public.fr/',
    origins: ['https://www.service-public.fr', ...franceConnectOrigins],
  },
  {
    id: 'ants',
    names: { fr: 'ANTS', en: 'ANTS' },
    hints: {
      fr: 'Carte d’identité, passeport, permis, carte grise',
      en: 'ID card, passport, driving licence, vehicle registration',
    },
    icon: 'ants',
    start: 'https://ants.gouv.fr/',
    origins: [
      'https://ants.gouv.fr',
      'https://moncompte.ants.gouv.fr',
      'https://passeport.ants.gouv.fr',
      'https://permisdeconduire.ants.gouv.fr',
      'https://immatriculation.ants.gouv.fr',
      ...franceConnectOrigins,
    ],
  },
  {
    id: 'caf',
    names: { fr: 'CAF', en: 'CAF (family benefits)' },
    hints: { fr: 'Allocations familiales et logement', en: 'Family and housing benefits' },
    icon: 'caf',
    start: 'https://www.caf.fr/',
    origins: ['https://www.caf.fr', 'https://wwwd.caf.fr', ...franceConnectOrigins],
  },
  {
    id: 'impots',
    names: { fr: 'impots.gouv.fr', en: 'impots.gouv.fr (taxes)' },
    hints: { fr: 'Impôts et déclarations', en: 'Taxes and returns' },
    icon: 'impots',
    start: 'https://www.impots.gouv.fr/',
    origins: [
      'https://www.impots.gouv.fr',
      'https://cfspart.impots.gouv.fr',
      ...franceConnectOrigins,
    ],
  },
  {
    id: 'ameli',
    names: { fr: 'ameli', en: 'ameli (health insurance)' },
    hints: { fr: 'Assurance maladie, carte Vitale', en: 'Health insurance, Vitale card' },
    icon: 'ameli',
    start: 'https://www.ameli.fr/',
    origins: ['https://www.ameli.fr', 'https://assure.ameli.fr', ...franceConnectOrigins],
  },
];
