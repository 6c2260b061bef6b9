import { z } from 'zod';

/** Who may call the hub. Devices enrol as kiosk, display or counter; agents log in. */
export const roleSchema = z.enum(['kiosk', 'display', 'counter', 'manager', 'admin']);
export type HubRole = z.infer<typeof roleSchema>;

export const deviceRoleSchema = z.enum(['kiosk', 'display', 'counter', 'admin']);
export type DeviceRole = z.infer<typeof deviceRoleSchema>;

export const agentRoleSchema = z.enum(['counter', 'manager', 'admin']);
export type AgentRole = z.infer<typeof agentRoleSchema>;

/** Roles that see staff views (queue details); the others see public views only. */
export const staffRoles: readonly HubRole[] = ['counter', 'manager', 'admin'];

export function isStaff(role: HubRole): boolean {
  return staffRoles.includes(role);
}

/** Whether a caller with `role` may use something open to `allowed`. */
export function roleAllows(allowed: readonly HubRole[], role: HubRole): boolean {
  return allowed.includes(role);
}
