import type { CommandType } from './commands';
import type { Role } from './context';

const staff: Role[] = ['counter', 'manager', 'admin', 'system'];

/**
 * Which roles may send each command. The hub gates requests with it and `decide` checks it
 * again, so the rule lives in one place. Displays only read; kiosks issue, check in, say how a ticket was delivered
 * and report their devices and visitors asking for help.
 */
export const commandRoles: Record<CommandType, readonly Role[]> = {
  'config:replace': ['admin', 'system'],
  'appointments:load': ['manager', 'admin', 'system'],
  'ticket:issue': ['kiosk', ...staff],
  'appointment:check-in': ['kiosk', ...staff],
  'counter:open': staff,
  'counter:close': staff,
  'counter:pause': staff,
  'counter:resume': staff,
  'counter:call-next': staff,
  'counter:call-ticket': staff,
  'ticket:recall': staff,
  'ticket:start': staff,
  'ticket:transfer': staff,
  'ticket:no-show': staff,
  'ticket:finish': staff,
  'ticket:cancel': staff,
  'ticket:deliver': ['kiosk', ...staff],
  // Printed on a counter's printer: an agent at their counter asks for it.
  'ticket:reprint': ['counter', 'manager', 'admin'],
  // A display raises only `app-trouble` (its own screen failing): see decide-alert.ts.
  'alert:raise': ['kiosk', 'counter', 'display', 'system'],
  'alert:acknowledge': staff,
  'alert:resolve': ['manager', 'admin', 'system'],
  'alert:clear': ['system'],
  'alert:escalate': ['system'],
  // The floor manager's dashboard.
  'tickets:move': ['manager', 'admin', 'system'],
  'display:message': ['manager', 'admin', 'system'],
  'display:clear-message': ['manager', 'admin', 'system'],
  'devices:report': ['kiosk', 'counter', 'system'],
  'day:end': ['manager', 'admin', 'system'],
};

export function mayRun(role: Role, type: CommandType): boolean {
  return commandRoles[type].includes(role);
}
