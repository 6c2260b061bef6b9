import { commandBodySchema, toCommand } from '../../shared/contracts/commands';
import type { SiteConfigInput } from '../../shared/engine';
import { aroundTheClock } from '../../shared/domain/calendar-config';

const letters = 'ABCDEFGHIJKLMNOPQRST'.split('');

/**
 * A site open around the clock with 20 walk-in services (ticket numbers stop at 999 per
 * service and day, so a long run needs several) and 8 counters serving them all.
 */
export const benchSiteConfig: SiteConfigInput = {
  site: { id: 'bench', name: 'Banc d’essai', address: 'Mairie' },
  calendar: {
    weekly: aroundTheClock,
    publicHolidays: 'none',
  },
  categories: [{ code: 'accueil', names: { fr: 'Accueil' } }],
  services: letters.map((prefix) => ({
    code: `s-${prefix.toLowerCase()}`,
    prefix,
    names: { fr: `Service ${prefix}` },
    category: 'accueil',
    mode: 'walk-in' as const,
  })),
  counters: Array.from({ length: 8 }, (_, i) => ({
    id: `g${i + 1}`,
    label: `Guichet ${i + 1}`,
    services: letters.map((l) => `s-${l.toLowerCase()}`),
  })),
  agents: [],
  outcomes: [{ code: 'answered', names: { fr: 'Réponse donnée' } }],
};

export const benchServices = letters.map((l) => `s-${l.toLowerCase()}`);

export function issueBody(i: number) {
  return {
    service: benchServices[i % benchServices.length] as string,
    priority: i % 7 === 0,
    channel: 'kiosk' as const,
    language: 'fr',
  };
}

/** The i-th walk-in ticket as the engine's command (checked by the contract's schema). */
export const issueCommand = (i: number) =>
  toCommand('ticket:issue', commandBodySchema('ticket:issue').parse(issueBody(i)));

/** The p-th percentile (0..1) of the samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
