import type { QueueState, Ticket } from '../../../shared/engine';

// An agent's own figures for the day, from the queue state: what they see of themselves
// needs no permission. Other agents' figures are personal data and are not computed here.

export interface AgentFigures {
  /** Visits finished with an outcome. */
  served: number;
  noShows: number;
  /** Visitors this agent called and then sent elsewhere. */
  transferred: number;
  /** Mean time from "start" to "finish", null before the first timed visit. */
  meanServiceMs: number | null;
  /** Outcome codes by count, most frequent first. */
  outcomes: Array<{ code: string; count: number }>;
}

function handledBy(ticket: Ticket, agentId: string, day: string): boolean {
  return ticket.agentId === agentId && ticket.day === day && ticket.closeReason !== 'day-ended';
}

export function agentFigures(state: QueueState, agentId: string, day: string): AgentFigures {
  let served = 0;
  let noShows = 0;
  let transferred = 0;
  const durations: number[] = [];
  const outcomes = new Map<string, number>();
  for (const ticket of Object.values(state.tickets)) {
    if (!handledBy(ticket, agentId, day)) continue;
    if (ticket.state === 'done') {
      served += 1;
      if (ticket.startedAt !== undefined && ticket.endedAt !== undefined)
        durations.push(ticket.endedAt - ticket.startedAt);
      if (ticket.outcome) outcomes.set(ticket.outcome, (outcomes.get(ticket.outcome) ?? 0) + 1);
    } else if (ticket.state === 'no-show') noShows += 1;
    else if (ticket.state === 'transferred') transferred += 1;
  }
  return {
    served,
    noShows,
    transferred,
    meanServiceMs:
      durations.length === 0
        ? null
        : Math.round(durations.reduce((a, b) => a + b, 0) / durations.length),
    outcomes: [...outcomes]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}
