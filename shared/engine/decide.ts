import type { Command } from './commands';
import type { CommandContext } from './context';
import {
  decideCallNext,
  decideCallTicket,
  decideNoShow,
  decideRecall,
  decideStart,
} from './decide-call';
import {
  decideAlertAcknowledge,
  decideAlertClear,
  decideAlertEscalate,
  decideAlertRaise,
  decideAlertResolve,
  decideDevicesReport,
} from './decide-alert';
import { decideAppointmentsLoad, decideConfigReplace } from './decide-config';
import {
  decideCounterClose,
  decideCounterOpen,
  decideCounterPause,
  decideCounterResume,
} from './decide-counter';
import { decideDayEnd } from './decide-day';
import {
  decideDisplayClearMessage,
  decideDisplayMessage,
  decideTicketsMove,
} from './decide-dashboard';
import { decideCheckIn, decideTicketIssue } from './decide-issue';
import {
  decideCancel,
  decideDeliver,
  decideFinish,
  decideReprint,
  decideTransfer,
} from './decide-ticket';
import { commandRoles, mayRun } from './permissions';
import type { QueueState } from './state';
import { refuse, type ConfiguredState, type Decision } from './support';

/**
 * Decides what a command means in the current state: the events to record, or why it is
 * refused. Pure: it reads `state` and `ctx` only and never mutates them. The command is
 * expected to have been parsed with `commandSchema` (the hub does it at the edge).
 */
export function decide(state: QueueState, command: Command, ctx: CommandContext): Decision {
  if (!Object.hasOwn(commandRoles, command.type)) {
    // Only reachable when a caller skipped commandSchema: refuse rather than throw.
    return refuse('validation', `Unknown command "${String(command.type)}"; see commandSchema.`);
  }
  if (!mayRun(ctx.actor.role, command.type)) {
    return refuse('forbidden', `A ${ctx.actor.role} may not send "${command.type}".`, {
      role: ctx.actor.role,
      command: command.type,
    });
  }
  if (command.type === 'config:replace') return decideConfigReplace(state, command, ctx);
  if (!state.config) {
    return refuse(
      'not-configured',
      'No site configuration is loaded yet; an administrator must load one first.',
    );
  }
  const configured = state as ConfiguredState;
  switch (command.type) {
    case 'appointments:load':
      return decideAppointmentsLoad(configured, command, ctx);
    case 'ticket:issue':
      return decideTicketIssue(configured, command, ctx);
    case 'appointment:check-in':
      return decideCheckIn(configured, command, ctx);
    case 'counter:open':
      return decideCounterOpen(configured, command, ctx);
    case 'counter:close':
      return decideCounterClose(configured, command, ctx);
    case 'counter:pause':
      return decideCounterPause(configured, command, ctx);
    case 'counter:resume':
      return decideCounterResume(configured, command, ctx);
    case 'counter:call-next':
      return decideCallNext(configured, command, ctx);
    case 'counter:call-ticket':
      return decideCallTicket(configured, command, ctx);
    case 'ticket:recall':
      return decideRecall(configured, command, ctx);
    case 'ticket:start':
      return decideStart(configured, command, ctx);
    case 'ticket:transfer':
      return decideTransfer(configured, command, ctx);
    case 'ticket:no-show':
      return decideNoShow(configured, command, ctx);
    case 'ticket:finish':
      return decideFinish(configured, command, ctx);
    case 'ticket:cancel':
      return decideCancel(configured, command, ctx);
    case 'ticket:deliver':
      return decideDeliver(configured, command, ctx);
    case 'ticket:reprint':
      return decideReprint(configured, command, ctx);
    case 'alert:raise':
      return decideAlertRaise(configured, command, ctx);
    case 'alert:acknowledge':
      return decideAlertAcknowledge(configured, command, ctx);
    case 'alert:resolve':
      return decideAlertResolve(configured, command, ctx);
    case 'alert:clear':
      return decideAlertClear(configured, command, ctx);
    case 'alert:escalate':
      return decideAlertEscalate(configured, command, ctx);
    case 'tickets:move':
      return decideTicketsMove(configured, command, ctx);
    case 'display:message':
      return decideDisplayMessage(configured, command, ctx);
    case 'display:clear-message':
      return decideDisplayClearMessage(configured, ctx);
    case 'devices:report':
      return decideDevicesReport(configured, command, ctx);
    case 'day:end':
      return decideDayEnd(configured, command, ctx);
  }
}
