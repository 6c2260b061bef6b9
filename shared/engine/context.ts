export type Role = 'kiosk' | 'display' | 'counter' | 'manager' | 'admin' | 'system';

/** Who sends a command, as the hub authenticated it. */
export interface Actor {
  role: Role;
  deviceId?: string;
  /** The enrolled device's label ("Borne, entrée"), shown to staff with its alerts. */
  deviceLabel?: string;
  /** Set for agents logged in at a counter workstation. */
  agentId?: string;
}

/** Everything outside the command that a decision may depend on: injected, never read globally. */
export interface CommandContext {
  /** Epoch milliseconds. */
  now: number;
  actor: Actor;
  /** An opaque random token (for a ticket's QR code), injected so tests stay deterministic. */
  newToken: () => string;
}
