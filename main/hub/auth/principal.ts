import type { AgentRole, DeviceRole, HubRole } from '../../../shared/contracts/roles';

/** Who is calling, once their token has been checked. */
export type Principal =
  | { kind: 'device'; role: DeviceRole; deviceId: string; label: string; token: string }
  | {
      kind: 'agent';
      role: AgentRole;
      agentId: string;
      deviceId: string | null;
      expiresAt: number;
      token: string;
    };

/** The identity idempotency keys and rate limits are scoped to. */
export function scopeOf(principal: Principal): string {
  return principal.kind === 'device'
    ? `device:${principal.deviceId}`
    : `agent:${principal.agentId}`;
}

export interface ActorLike {
  role: HubRole;
  deviceId?: string;
  deviceLabel?: string;
  agentId?: string;
}

/** The engine's view of the caller: a role and the ids it may check against. */
export function actorOf(principal: Principal): ActorLike {
  if (principal.kind === 'device')
    return { role: principal.role, deviceId: principal.deviceId, deviceLabel: principal.label };
  return principal.deviceId
    ? { role: principal.role, agentId: principal.agentId, deviceId: principal.deviceId }
    : { role: principal.role, agentId: principal.agentId };
}
