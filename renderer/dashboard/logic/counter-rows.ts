import type { QueueState } from '../../../shared/engine';

// Each configured counter as the floor sees it: who is there, doing what, since when.

export type CounterActivity = 'closed' | 'open' | 'paused' | 'calling' | 'serving';

export interface CounterRow {
  id: string;
  label: string;
  activity: CounterActivity;
  agentId: string | null;
  agentLabel: string | null;
  /** The services served in this session (codes), else the counter's own. */
  services: string[];
  /** The services the counter may serve (configuration). */
  configuredServices: string[];
  pauseReason: string | null;
  /** Since when the activity shown (paused, calling, serving, open) has lasted. */
  since: number | null;
  ticket: { id: string; number: string; service: string } | null;
}

export function counterRows(state: QueueState): CounterRow[] {
  const config = state.config;
  if (!config) return [];
  return config.counters.map((counter) => {
    const session = state.counters[counter.id];
    const open = session && session.status !== 'closed';
    const ticket = session?.currentTicketId ? state.tickets[session.currentTicketId] : undefined;
    const activity: CounterActivity = !open
      ? 'closed'
      : session.status === 'paused'
        ? 'paused'
        : ticket?.state === 'serving'
          ? 'serving'
          : ticket?.state === 'called'
            ? 'calling'
            : 'open';
    const since =
      activity === 'paused'
        ? (session?.pausedAt ?? null)
        : activity === 'serving'
          ? (ticket?.startedAt ?? null)
          : activity === 'calling'
            ? (ticket?.calledAt ?? null)
            : activity === 'open'
              ? (session?.openedAt ?? null)
              : null;
    const agentId = open ? (session.agentId ?? null) : null;
    return {
      id: counter.id,
      label: counter.label,
      activity,
      agentId,
      agentLabel: agentId ? (config.agents.find((a) => a.id === agentId)?.label ?? null) : null,
      services: open && session.services.length > 0 ? session.services : [],
      configuredServices: counter.services,
      pauseReason: activity === 'paused' ? (session?.pauseReason ?? null) : null,
      since,
      ticket:
        ticket && (activity === 'serving' || activity === 'calling')
          ? { id: ticket.id, number: ticket.number, service: ticket.service }
          : null,
    };
  });
}
