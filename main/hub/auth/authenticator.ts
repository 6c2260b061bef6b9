import { HubError } from '../server/hub-error';
import type { AgentStore } from '../store/agent-store';
import type { DeviceStore } from '../store/device-store';
import type { Principal } from './principal';

const lastSeenEveryMs = 60_000;

/** Turns a bearer token (a device's or an agent session's) into a principal, or refuses it. */
export class Authenticator {
  private readonly lastTouched = new Map<string, number>();
  /** Every request and every event-stream heartbeat answered, to the millisecond. */
  private readonly lastContact = new Map<string, number>();

  constructor(
    private readonly devices: DeviceStore,
    private readonly agents: AgentStore,
  ) {}

  /**
   * When a device was last heard from: a request, or its event-stream connection answering
   * a heartbeat (the stream re-checks each client's token then); `last_seen_at` in the
   * database, written once a minute, is what survives a restart.
   */
  lastContactOf(deviceId: string, lastSeenAt: number | null): number | null {
    const heard = this.lastContact.get(deviceId);
    if (heard === undefined) return lastSeenAt;
    return Math.max(heard, lastSeenAt ?? heard);
  }

  authenticate(token: string | undefined, now: number): Principal {
    if (!token)
      throw new HubError(
        'unauthenticated',
        'this needs a token: send "Authorization: Bearer <token>" (a device enrols with a code, an agent logs in)',
      );
    const device = this.devices.byToken(token);
    if (device) {
      if (device.revokedAt !== null)
        throw new HubError(
          'token-revoked',
          'this device was revoked: ask an administrator for a new enrolment code',
        );
      this.lastContact.set(device.id, now);
      // Writing last_seen on every request would double the writes: once a minute is enough.
      if ((this.lastTouched.get(device.id) ?? -Infinity) + lastSeenEveryMs <= now) {
        this.lastTouched.set(device.id, now);
        this.devices.touch(device.id, now);
      }
      return { kind: 'device', role: device.role, deviceId: device.id, label: device.label, token };
    }
    const session = this.agents.session(token);
    if (session) {
      if (session.expiresAt <= now)
        throw new HubError('session-expired', 'your session has expired: log in again');
      return {
        kind: 'agent',
        role: session.role,
        agentId: session.agentId,
        deviceId: session.deviceId,
        expiresAt: session.expiresAt,
        token,
      };
    }
    throw new HubError(
      'unauthenticated',
      'this token is not known (logged out, or from another hub): log in or enrol again',
    );
  }
}

/** The token in an `Authorization: Bearer …` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
