import { ref, watch, type Ref } from 'vue';
import type { Visitor } from '../../../shared/contracts/commands';
import type { Ticket } from '../../../shared/engine';
import { useSessionStore } from '../stores/session-store';

/**
 * The name (and phone) of the visitor at the desk, when their appointment carries one.
 * Asked of the hub for this ticket only, held in memory only while it is at the desk,
 * and dropped as soon as another ticket (or none) is there: never cached beyond the visit.
 */
export function useVisitor(ticket: Ref<Ticket | undefined>): Ref<Visitor | null> {
  const session = useSessionStore();
  const visitor = ref<Visitor | null>(null);
  let asked: string | null = null;
  watch(
    () => (ticket.value?.appointmentId ? ticket.value.id : null),
    async (ticketId) => {
      visitor.value = null;
      asked = ticketId;
      if (!ticketId) return;
      try {
        const answer = await session.guarded((hub) => hub.visitor(ticketId));
        if (asked === ticketId) visitor.value = answer.visitor;
      } catch {
        // Not kept (walk-in, purged by the retention rule) or not ours to see: no name.
      }
    },
    { immediate: true },
  );
  return visitor;
}
