import type { PrintLanguage } from '../content';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { PrintLabels } from './types';
import { uk } from './uk';

export type { PrintLabels } from './types';

export const printLabels: Record<PrintLanguage, PrintLabels> = { fr, en, es, ar, pt, uk };
