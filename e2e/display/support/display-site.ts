import type { SiteConfigInput } from '../../../shared/engine';
import { aroundTheClock } from '../../../shared/domain/calendar-config';
import { testTimeZone } from '../../support/midday-zone';

// The site of the display tests: open around the clock, two walk-in services, four
// counters (one named "Bureau 12 B") with their agents, two displays configured.

const all = ['iris', 'etat-civil'];

export const displaySiteConfig: SiteConfigInput = {
  site: { id: 'display-e2e', name: 'Mairie de Vanves', address: '1 place de la Mairie' },
  timezone: testTimeZone,
  languages: ['fr', 'en', 'ar'],
  calendar: { weekly: aroundTheClock, publicHolidays: 'none' },
  categories: [{ code: 'accueil', names: { fr: 'Accueil' } }],
  services: [
    {
      code: 'iris',
      prefix: 'A',
      category: 'accueil',
      mode: 'walk-in',
      names: { fr: 'Information', en: 'Information' },
    },
    {
      code: 'etat-civil',
      prefix: 'B',
      category: 'accueil',
      mode: 'walk-in',
      names: { fr: 'État civil', en: 'Civil status' },
    },
  ],
  counters: [
    { id: 'g1', label: 'Guichet 1', services: all },
    { id: 'g2', label: 'Guichet 2', services: all },
    { id: 'g3', label: 'Guichet 3', services: all },
    { id: 'b12', label: 'Bureau 12 B', services: all },
  ],
  agents: ['ag1', 'ag2', 'ag3', 'ag4'].map((id, i) => ({
    id,
    label: `Agent ${i + 1}`,
    services: all,
  })),
  outcomes: [{ code: 'answered', names: { fr: 'Réponse donnée' } }],
  displays: {
    screens: [
      { label: 'Écran du hall', languages: ['fr', 'en'], showWaiting: true, previousCalls: 6 },
      { label: 'Écran du bureau, français seul', languages: ['fr'], chime: false },
      {
        label: 'Écran état civil',
        services: ['etat-civil'],
        languages: ['fr'],
        layout: 'portrait',
      },
    ],
    information: [
      {
        fr: 'La mairie ferme à 17 h le samedi 12.',
        en: 'The town hall closes at 5 pm on Saturday 12th.',
        ar: 'تغلق البلدية أبوابها الساعة الخامسة مساء يوم السبت 12.',
      },
    ],
    informationSeconds: 5,
  },
};

export const counters = ['g1', 'g2', 'g3', 'b12'] as const;
