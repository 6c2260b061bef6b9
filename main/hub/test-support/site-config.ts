import type { SiteConfigInput } from '../../../shared/engine';
import { aroundTheClock } from '../../../shared/domain/calendar-config';

/**
 * A small site open around the clock (tests run at any hour): walk-in services, one by
 * appointment only, four counters and four agents serving them all.
 */
export const testSiteConfig: SiteConfigInput = {
  site: { id: 'test-site', name: 'Mairie de test', address: '1 place de la Mairie' },
  timezone: 'Europe/Paris',
  languages: ['fr', 'en'],
  calendar: {
    weekly: aroundTheClock,
    publicHolidays: 'none',
  },
  categories: [{ code: 'accueil', names: { fr: 'Accueil' } }],
  services: [
    {
      code: 'iris',
      prefix: 'A',
      names: { fr: 'Information', en: 'Information' },
      category: 'accueil',
      mode: 'walk-in',
    },
    {
      code: 'etat-civil',
      prefix: 'E',
      names: { fr: 'État civil' },
      category: 'accueil',
      mode: 'both',
    },
    {
      code: 'cni',
      prefix: 'C',
      names: { fr: "Carte d'identité" },
      category: 'accueil',
      mode: 'appointment',
    },
  ],
  counters: ['g1', 'g2', 'g3', 'g4'].map((id, index) => ({
    id,
    label: `Guichet ${index + 1}`,
    services: ['iris', 'etat-civil', 'cni'],
  })),
  agents: ['ag1', 'ag2', 'ag3', 'ag4'].map((id) => ({
    id,
    label: `Agent ${id}`,
    services: ['iris', 'etat-civil', 'cni'],
  })),
  outcomes: [{ code: 'answered', names: { fr: 'Réponse donnée' } }],
};
