import { demoBrand, demoReceiptTemplates } from '../../../shared/demo';
import type { SiteConfigInput } from '../../../shared/engine';
import { aroundTheClock } from '../../../shared/domain/calendar-config';
import { testTimeZone } from '../../support/midday-zone';

const names = (fr: string, en: string) => ({ fr, en });

/**
 * The site the console is tested on: open around the clock (tests run at any hour),
 * three counters, three agents, walk-in and appointment services with documents. Its time
 * zone is one where it is now around noon, so that a test run near midnight (and a clock
 * moved forward) never crosses into the next day.
 */
export const e2eSiteConfig: SiteConfigInput = {
  site: {
    id: 'e2e-site',
    name: 'Mairie de test',
    address: '1 place de la Mairie',
    townName: 'Ville de Testeville',
  },
  brand: { ...demoBrand, name: 'Ville de Testeville' },
  timezone: testTimeZone,
  languages: ['fr', 'en'],
  calendar: {
    weekly: aroundTheClock,
    publicHolidays: 'none',
  },
  categories: [{ code: 'accueil', names: names('Accueil', 'Reception') }],
  services: [
    {
      code: 'iris',
      prefix: 'A',
      names: names('Information', 'Information'),
      category: 'accueil',
      mode: 'walk-in',
      targetWaitMinutes: 10,
    },
    {
      code: 'etat-civil',
      prefix: 'E',
      names: names('État civil', 'Civil status'),
      category: 'accueil',
      mode: 'both',
      documents: [
        { code: 'identity', names: names("Pièce d'identité", 'Proof of identity') },
        {
          code: 'family-book',
          names: names('Livret de famille', 'Family record book'),
          required: false,
        },
      ],
    },
    {
      code: 'cni',
      prefix: 'C',
      names: names("Carte d'identité et passeport", 'ID card and passport'),
      category: 'accueil',
      mode: 'appointment',
      documents: [
        { code: 'ants', names: names('Numéro de pré-demande ANTS', 'ANTS pre-application number') },
        { code: 'photo', names: names("Photo d'identité", 'ID photo') },
      ],
    },
  ],
  counters: [
    { id: 'g1', label: 'Guichet 1', services: ['iris', 'etat-civil'] },
    { id: 'g2', label: 'Guichet 2', services: ['iris', 'etat-civil', 'cni'] },
    { id: 'g3', label: 'Guichet 3', services: ['cni', 'etat-civil'] },
  ],
  agents: [
    { id: 'ag1', label: 'Agent 1', services: ['iris', 'etat-civil', 'cni'] },
    { id: 'ag2', label: 'Agent 2', services: ['iris', 'etat-civil', 'cni'] },
    { id: 'ag3', label: 'Agent 3', services: ['cni', 'etat-civil'] },
  ],
  outcomes: [
    { code: 'answered', names: names('Réponse donnée', 'Answer given') },
    { code: 'file-deposited', names: names('Dossier déposé', 'File deposited') },
    { code: 'incomplete-file', names: names('Dossier incomplet', 'Incomplete file') },
  ],
  recallLimit: 2,
  // The demo's récépissés for this site's services (its ID desk is "cni"; no housing).
  receiptTemplates: demoReceiptTemplates.flatMap((template) => {
    const services = (template.services ?? [])
      .map((code) => (code === 'cni-passeport' ? 'cni' : code))
      .filter((code) => ['iris', 'etat-civil', 'cni'].includes(code));
    return services.length > 0 || !template.services?.length ? [{ ...template, services }] : [];
  }),
};

/** Agents with a password on the hub; `chef` is a manager who serves no counter. */
export const e2eAgents = [
  { agentId: 'ag1', role: 'counter' },
  { agentId: 'ag2', role: 'counter' },
  { agentId: 'ag3', role: 'counter' },
  { agentId: 'chef', role: 'manager' },
] as const;

export function passwordOf(agentId: string): string {
  return `mot de passe de ${agentId}`;
}
