import type { SiteConfigInput } from '../../../shared/engine';
import { aroundTheClock } from '../../../shared/domain/calendar-config';
import { demoBrand } from '../../../shared/demo/demo-brand';
import { testTimeZone } from '../../support/midday-zone';

// The site of the display tests: open around the clock, two walk-in services, four
// counters (one named "Bureau 12 B") with their agents, the town's brand, displays
// configured in French and in Arabic, landscape and portrait.

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
      names: { fr: 'Information', en: 'Information', ar: 'الاستعلامات' },
    },
    {
      code: 'etat-civil',
      prefix: 'B',
      category: 'accueil',
      mode: 'walk-in',
      names: { fr: 'État civil', en: 'Civil status', ar: 'الحالة المدنية' },
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
  brand: { ...demoBrand, name: 'Ville de Vanves' },
  displays: {
    screens: [
      { label: 'Écran du hall', languages: ['fr', 'en'], showWaiting: true, previousCalls: 6 },
      { label: 'Écran du bureau, français seul', languages: ['fr'], chime: false },
      {
        label: 'Écran du hall, portrait',
        languages: ['fr', 'en'],
        showWaiting: true,
        layout: 'portrait',
      },
      { label: 'Écran arabe', language: 'ar', languages: ['ar', 'fr'], showWaiting: true },
      {
        label: 'Écran arabe, portrait',
        language: 'ar',
        languages: ['ar', 'fr'],
        showWaiting: true,
        layout: 'portrait',
      },
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
