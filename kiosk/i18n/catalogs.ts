import type { KioskCatalog, KioskLanguage } from './catalog';
import { ar } from './messages/ar';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { pt } from './messages/pt';
import { uk } from './messages/uk';

/** Every catalog the kiosk ships; the type requires one per kiosk language. */
export const catalogs: Record<KioskLanguage, KioskCatalog> = { fr, en, es, ar, pt, uk };
