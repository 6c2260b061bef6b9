import type { Hub } from '../../../main/hub';
import { startE2eHub } from '../../support/e2e-hub';
import { counters, displaySiteConfig } from './display-site';

// A real hub serving the built display, an enrolled kiosk (to issue tickets), enrolled
// displays, and four agents at four open counters, driven through the hub's API as the
// counter console drives it.

const adminPassword = 'mot de passe des tests de l’écran';

export interface DisplayWorld {
  hub: Hub;
  /** The display page's address for a display enrolled as `label`. */
  displayUrl(label?: string, extra?: Record<string, string>): Promise<string>;
  /** A walk-in ticket; answers its id and number. */
  issue(service?: string): Promise<{ ticketId: string; number: string }>;
  /** Counter `counterId` calls the ticket (after serving the one it called before). */
  call(counterId: (typeof counters)[number], ticketId: string): Promise<void>;
  recall(counterId: (typeof counters)[number], ticketId: string): Promise<void>;
  /** Counter `counterId` serves (starts, finishes) the ticket it called last, if any. */
  serve(counterId: (typeof counters)[number]): Promise<void>;
  stopHub(): Promise<void>;
  restartHub(): Promise<void>;
  close(): Promise<void>;
}

export async function startDisplayWorld(): Promise<DisplayWorld> {
  const e2e = await startE2eHub({ siteConfig: displaySiteConfig, adminPassword, name: 'display' });
  const api = e2e.must;
  const admin = e2e.adminToken;
  const enrol = e2e.enrol;
  const kiosk = await enrol('kiosk', 'Borne du hall');
  const displays = new Map<string, string>();
  const agents = new Map<string, string>();
  for (const [index, counterId] of counters.entries()) {
    const agentId = `ag${index + 1}`;
    const password = `mot de passe de ${agentId} pour les tests`;
    await api('PUT', `/api/v1/agents/${agentId}/credential`, { role: 'counter', password }, admin);
    const { token } = await api<{ token: string }>('POST', '/api/v1/auth/login', {
      agentId,
      password,
    });
    await api('POST', '/api/v1/counter/open', { counterId, agentId }, token);
    agents.set(counterId, token);
  }
  const as = (counterId: string) => agents.get(counterId) ?? '';
  // The ticket each counter called last: served (started, finished) before the next call.
  const current = new Map<string, string>();

  const serve = async (counterId: string) => {
    const before = current.get(counterId);
    if (!before) return;
    current.delete(counterId);
    await api('POST', '/api/v1/ticket/start', { ticketId: before }, as(counterId));
    await api(
      'POST',
      '/api/v1/ticket/finish',
      { ticketId: before, outcome: 'answered' },
      as(counterId),
    );
  };

  return {
    get hub() {
      return e2e.hub;
    },
    async displayUrl(label = 'Écran du hall', extra = {}) {
      let token = displays.get(label);
      if (!token) {
        token = await enrol('display', label);
        displays.set(label, token);
      }
      const fragment = new URLSearchParams({ token, ...extra });
      return `${e2e.hub.url}/display/#${fragment.toString()}`;
    },
    async issue(service = 'iris') {
      const answer = await api<{ events: { type: string; ticketId?: string; number?: string }[] }>(
        'POST',
        '/api/v1/ticket/issue',
        { service, priority: false, channel: 'kiosk', language: 'fr' },
        kiosk,
      );
      const issued = answer.events.find((e) => e.type === 'ticket:issued');
      if (!issued?.ticketId || !issued.number)
        throw new Error(`no ticket issued: ${JSON.stringify(answer)}`);
      return { ticketId: issued.ticketId, number: issued.number };
    },
    serve,
    async call(counterId, ticketId) {
      await serve(counterId);
      await api('POST', '/api/v1/counter/call-ticket', { counterId, ticketId }, as(counterId));
      current.set(counterId, ticketId);
    },
    recall: (counterId, ticketId) =>
      api('POST', '/api/v1/ticket/recall', { ticketId }, as(counterId)).then(() => undefined),
    stopHub: () => e2e.hub.close(),
    async restartHub() {
      await e2e.restart();
    },
    close: () => e2e.close(),
  };
}
