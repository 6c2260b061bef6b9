import { useCheckInStore } from '../stores/check-in-store';
import { useNavigationStore } from '../stores/navigation-store';
import { useSessionStore } from '../stores/session-store';
import { useTicketStore } from '../stores/ticket-store';
import { useWalkInStore } from '../stores/walk-in-store';

/**
 * Forgets the visitor: every store that held something of theirs goes back to its
 * first state (language back to French, modes off, panels closed, codes cleared, a
 * pending ticket request abandoned), and the kiosk shows its attract screen.
 */
export function useVisitorReset(extra: () => void = () => {}) {
  const stores = [useSessionStore(), useCheckInStore(), useWalkInStore(), useTicketStore()];
  const navigation = useNavigationStore();
  return function resetVisitor() {
    for (const store of stores) store.reset();
    extra();
    navigation.reset();
  };
}
