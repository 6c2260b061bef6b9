import type { CommandOf } from './commands';
import type { CommandContext } from './context';
import type { CounterState } from './state';
import {
  accept,
  actsOnCounter,
  counterLabel,
  refuse,
  type ConfiguredState,
  type Decision,
} from './support';

function unknownCounter(counterId: string): Decision {
  return refuse(
    'not-found',
    `No counter has id "${counterId}"; check the workstation's configuration.`,
    {
      counterId,
    },
  );
}

/** The counter's session state, refusing unknown counters and other agents' counters. */
export function heldCounter(
  state: ConfiguredState,
  counterId: string,
  ctx: CommandContext,
): CounterState | Decision {
  const counter = state.counters[counterId];
  if (!counter || !state.config.counters.some((c) => c.id === counterId))
    return unknownCounter(counterId);
  return actsOnCounter(ctx, counter) ?? counter;
}

export function isCounter(value: CounterState | Decision): value is CounterState {
  return 'status' in value;
}

/** One agent per counter, one counter per agent. Reopening one's own counter updates its services. */
export function decideCounterOpen(
  state: ConfiguredState,
  command: CommandOf<'counter:open'>,
  ctx: CommandContext,
): Decision {
  const { config } = state;
  const counter = config.counters.find((c) => c.id === command.counterId);
  if (!counter) return unknownCounter(command.counterId);
  const agent = config.agents.find((a) => a.id === command.agentId);
  if (!agent) {
    return refuse(
      'not-found',
      `No agent has id "${command.agentId}"; ask an administrator to add them.`,
      {
        agentId: command.agentId,
      },
    );
  }
  if (ctx.actor.role === 'counter' && ctx.actor.agentId !== command.agentId) {
    return refuse('forbidden', 'An agent can open a counter only under their own id.', {
      agentId: command.agentId,
    });
  }
  const session = state.counters[counter.id];
  if (session && session.status !== 'closed' && session.agentId !== agent.id) {
    return refuse(
      'conflict',
      `${counter.label} is already open by agent ${session.agentId ?? '?'}; they must close it first (or a manager can).`,
      { counterId: counter.id, agentId: session.agentId },
    );
  }
  const elsewhere = Object.values(state.counters).find(
    (c) => c.id !== counter.id && c.status !== 'closed' && c.agentId === agent.id,
  );
  if (elsewhere) {
    return refuse(
      'conflict',
      `Agent ${agent.id} is already at ${counterLabel(config, elsewhere.id)}; close that counter first.`,
      { counterId: elsewhere.id, agentId: agent.id },
    );
  }
  const allowed = counter.services.filter((s) => agent.services.includes(s));
  const services = command.services.length > 0 ? command.services : allowed;
  const refused = services.filter((s) => !allowed.includes(s));
  if (refused.length > 0 || services.length === 0) {
    return refuse(
      'validation',
      services.length === 0
        ? `Agent ${agent.id} may serve none of ${counter.label}'s services; choose another counter.`
        : `${counter.label} with agent ${agent.id} cannot serve: ${refused.join(', ')}; choose among ${allowed.join(', ')}.`,
      { counterId: counter.id, refused, allowed },
    );
  }
  return accept({
    type: 'counter:opened',
    at: ctx.now,
    counterId: counter.id,
    agentId: agent.id,
    services: [...new Set(services)],
  });
}

export function decideCounterClose(
  state: ConfiguredState,
  command: CommandOf<'counter:close'>,
  ctx: CommandContext,
): Decision {
  const counter = heldCounter(state, command.counterId, ctx);
  if (!isCounter(counter)) return counter;
  if (counter.status === 'closed')
    return refuse('invalid-state', 'This counter is already closed.', { counterId: counter.id });
  if (counter.currentTicketId) {
    const number = state.tickets[counter.currentTicketId]?.number ?? counter.currentTicketId;
    return refuse(
      'invalid-state',
      `Ticket ${number} is still at this counter; finish, transfer or mark it as a no-show first.`,
      {
        counterId: counter.id,
        ticketId: counter.currentTicketId,
      },
    );
  }
  return accept({
    type: 'counter:closed',
    at: ctx.now,
    counterId: counter.id,
    ...(counter.agentId ? { agentId: counter.agentId } : {}),
  });
}

export function decideCounterPause(
  state: ConfiguredState,
  command: CommandOf<'counter:pause'>,
  ctx: CommandContext,
): Decision {
  const counter = heldCounter(state, command.counterId, ctx);
  if (!isCounter(counter)) return counter;
  if (counter.status !== 'open') {
    return refuse(
      'invalid-state',
      counter.status === 'paused' ? 'This counter is already paused.' : 'Open this counter first.',
      {
        counterId: counter.id,
        status: counter.status,
      },
    );
  }
  return accept({
    type: 'counter:paused',
    at: ctx.now,
    counterId: counter.id,
    reason: command.reason,
  });
}

export function decideCounterResume(
  state: ConfiguredState,
  command: CommandOf<'counter:resume'>,
  ctx: CommandContext,
): Decision {
  const counter = heldCounter(state, command.counterId, ctx);
  if (!isCounter(counter)) return counter;
  if (counter.status !== 'paused') {
    return refuse('invalid-state', 'This counter is not paused.', {
      counterId: counter.id,
      status: counter.status,
    });
  }
  return accept({ type: 'counter:resumed', at: ctx.now, counterId: counter.id });
}
