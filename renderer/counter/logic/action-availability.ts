import type { CounterState, Ticket } from '../../../shared/engine';
import type { LinkState } from './connection';

// Which console actions make sense now, and why the others do not: a disabled button
// always comes with its reason, so the agent is never left guessing.

export type CounterAction =
  | 'callNext'
  | 'callTicket'
  | 'recall'
  | 'start'
  | 'transfer'
  | 'noShow'
  | 'finish'
  | 'pause'
  | 'resume'
  | 'issue'
  | 'open'
  | 'close'
  | 'acknowledge'
  | 'reprint';

export type BlockReason =
  | 'offline'
  | 'busy'
  | 'counter-closed'
  | 'paused'
  | 'ticket-at-desk'
  | 'no-ticket'
  | 'already-started'
  | 'queue-empty';

export interface ActionContext {
  link: LinkState;
  pending: CounterAction | null;
  counter: CounterState | undefined;
  ticket: Ticket | undefined;
  waiting: number;
}

/** Null when `action` can be sent now, else why not. */
export function blockedBecause(action: CounterAction, ctx: ActionContext): BlockReason | null {
  if (ctx.link !== 'live') return 'offline';
  if (ctx.pending) return 'busy';
  if (action === 'issue' || action === 'acknowledge') return null;
  const status = ctx.counter?.status ?? 'closed';
  if (status === 'closed') return 'counter-closed';
  const state = ctx.ticket?.state;
  switch (action) {
    case 'callNext':
    case 'callTicket':
      if (status === 'paused') return 'paused';
      if (ctx.ticket) return 'ticket-at-desk';
      return action === 'callNext' && ctx.waiting === 0 ? 'queue-empty' : null;
    case 'recall':
    case 'start':
    case 'noShow':
      if (!ctx.ticket) return 'no-ticket';
      return state === 'called' ? null : 'already-started';
    case 'transfer':
    case 'finish':
      return ctx.ticket ? null : 'no-ticket';
    case 'pause':
      return status === 'paused' ? 'paused' : null;
    case 'resume':
      return status === 'paused' ? null : 'counter-closed';
    case 'close':
      return ctx.ticket ? 'ticket-at-desk' : null;
    case 'reprint':
    case 'open':
      return null;
  }
}
