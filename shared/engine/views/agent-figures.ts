import type { Ticket } from '../../domain/ticket';
import type { AgentDayFigures } from '../day-report-schema';
import type { QueueState } from '../state';

// What agents did in a day, from the tickets they handled. An agent always sees their own
// figures; other agents' are personal data (they measure a person's work), so the day
// report carries them only where the site configured `reporting.perAgentFigures`.

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

class Tally {
  served = 0;
  noShows = 0;
  transferred = 0;
  private readonly durations: number[] = [];
  private readonly outcomes = new Map<string, number>();

  add(ticket: Ticket): void {
    if (ticket.state === 'done') {
      this.served += 1;
      if (ticket.startedAt !== undefined && ticket.endedAt !== undefined)
        this.durations.push(ticket.endedAt - ticket.startedAt);
      if (ticket.outcome)
        this.outcomes.set(ticket.outcome, (this.outcomes.get(ticket.outcome) ?? 0) + 1);
    } else if (ticket.state === 'no-show') this.noShows += 1;
    else if (ticket.state === 'transferred') this.transferred += 1;
  }

  figures(): AgentFigures {
    const { durations } = this;
    return {
      served: this.served,
      noShows: this.noShows,
      transferred: this.transferred,
      meanServiceMs:
        durations.length === 0
          ? null
          : Math.round(durations.reduce((a, b) => a + b, 0) / durations.length),
      outcomes: [...this.outcomes]
        .map(([code, count]) => ({ code, count }))
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    };
  }
}

/** Tickets an agent handled that day; those closed by the day's end are not their doing. */
function handled(ticket: Ticket, day: string): ticket is Ticket & { agentId: string } {
  return ticket.agentId !== undefined && ticket.day === day && ticket.closeReason !== 'day-ended';
}

/** One agent's figures for a local day (what the console shows the agent of themselves). */
export function agentFigures(state: QueueState, agentId: string, day: string): AgentFigures {
  const tally = new Tally();
  for (const ticket of Object.values(state.tickets))
    if (handled(ticket, day) && ticket.agentId === agentId) tally.add(ticket);
  return tally.figures();
}

/**
 * Every agent who handled a ticket that day, in the configuration's order (agents no
 * longer configured last), named by the site's id and label for them: the figures stay on
 * site, for its managers, so they name whom they are about (no name: the label is the
 * site's own pseudonym, e.g. "Agent 04").
 */
export function agentsDayFigures(state: QueueState, day: string): AgentDayFigures[] {
  const tallies = new Map<string, Tally>();
  for (const ticket of Object.values(state.tickets)) {
    if (!handled(ticket, day)) continue;
    let tally = tallies.get(ticket.agentId);
    if (!tally) tallies.set(ticket.agentId, (tally = new Tally()));
    tally.add(ticket);
  }
  const configured = state.config?.agents ?? [];
  const order = (id: string) => {
    const index = configured.findIndex((a) => a.id === id);
    return index === -1 ? configured.length : index;
  };
  return [...tallies]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([agentId, tally]) => {
      const { outcomes: _outcomes, ...figures } = tally.figures();
      return {
        agentId,
        label: configured.find((a) => a.id === agentId)?.label ?? agentId,
        ...figures,
      };
    });
}
