import { useHubStore } from '../stores/hub-store';
import { useNavigationStore } from '../stores/navigation-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';
import { useWalkInStore } from '../stores/walk-in-store';

/**
 * The walk-in path: categories → service → documents → priority → ticket. Steps with
 * nothing to ask are skipped (one category, no documents). A service that takes no
 * walk-in now leads to the screen saying why and how to book.
 */
export function useWalkIn() {
  const hub = useHubStore();
  const walkIn = useWalkInStore();
  const navigation = useNavigationStore();
  const tickets = useTicketStore();
  const session = useSessionStore();

  function start() {
    const categories = hub.categories;
    if (categories.length === 1 && categories[0]) return chooseCategory(categories[0].code);
    navigation.go({ name: 'categories' });
  }

  function chooseCategory(code: string) {
    walkIn.category = code;
    navigation.go({ name: 'services', category: code });
  }

  function chooseService(code: string) {
    const service = hub.services.find((s) => s.code === code);
    if (!service) return;
    walkIn.chooseService(code);
    if (!service.availability.available)
      return navigation.go({ name: 'unavailable', service: code });
    if (service.documents.length > 0) return navigation.go({ name: 'documents' });
    navigation.go({ name: 'priority' });
  }

  function documentsDone() {
    navigation.go({ name: 'priority' });
  }

  async function takeTicket(priority: boolean) {
    const service = walkIn.serviceCode;
    if (!service) return;
    const siteLanguages = hub.view?.languages ?? [];
    const language = siteLanguages.includes(session.language)
      ? session.language
      : (siteLanguages[0] ?? 'fr');
    navigation.go({ name: 'ticket' });
    const result = await tickets.issueWalkIn({ service, priority, language });
    if (result.ok || 'abandoned' in result) return;
    const { failure } = result;
    const details = failure.kind === 'refused' ? (failure.details ?? {}) : {};
    const reason = typeof details.reason === 'string' ? details.reason : 'unknown';
    walkIn.refusal = { reason, details };
    // Refused although the list said "available" (the cut-off passed meanwhile, say):
    // the reason comes from the refusal; the availability screen explains it.
    navigation.replace({ name: 'unavailable', service });
  }

  return { start, chooseCategory, chooseService, documentsDone, takeTicket };
}
