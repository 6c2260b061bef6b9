import type { Catalog } from '../../common/i18n/translator';
import type { VisitorLanguage } from '../../common/i18n/visitor-languages';
import { ar } from './messages/ar';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { pt } from './messages/pt';
import { uk } from './messages/uk';

/** Every message id of the status page: the keys of the French reference catalog. */
export type StatusMessageKey = keyof typeof fr;
/** A complete catalog: a missing or misspelt key is a compile error. */
export type StatusCatalog = Catalog<StatusMessageKey>;

/** One catalog per visitor language (the kiosk's): the type requires each of them. */
export const statusCatalogs: Record<VisitorLanguage, StatusCatalog> = { fr, en, es, ar, pt, uk };
