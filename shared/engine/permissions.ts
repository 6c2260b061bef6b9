import type { CommandType } from './commands';
import type { Role } from './context';

const staff: Role[] = ['counter', 'manager', 'admin', 'system'];

/**
 * Which roles may send each command. The hub gates requests with it and `decide` checks it
 * again, so the rule lives in one place. Displays only read; kiosks only issue and check in.
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
  'day:end': ['manager', 'admin', 'system'],
};

export function mayRun(role: Role, type: CommandType): boolean {
  return commandRoles[type].includes(role);
}
