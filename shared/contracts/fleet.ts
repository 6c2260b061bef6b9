import { z } from 'zod';
import { deviceRoleSchema } from './roles';
import { appVersionSchema } from './ws-messages';

// The fleet as floor managers may read it (`GET /api/v1/fleet`): every device in service
// with what it last said, and nothing secret (no token, no enrolment code). Revoked
// devices are left out: they are an administrator's business (`GET /api/v1/devices`).

export const fleetDeviceSchema = z.strictObject({
  id: z.string(),
  role: deviceRoleSchema,
  label: z.string(),
  enrolledAt: z.number(),
  /** Its last request or stream heartbeat, to the millisecond while the hub runs. */
  lastContactAt: z.number().nullable(),
  /** Whether it holds the event stream open now. */
  connected: z.boolean(),
  /** What it said at its last hello on the event stream; null before its first. */
  appVersion: appVersionSchema.nullable(),
  address: z.string().nullable(),
});
export type FleetDevice = z.infer<typeof fleetDeviceSchema>;

export const fleetAnswerSchema = z.strictObject({ devices: z.array(fleetDeviceSchema) });
export type FleetAnswer = z.infer<typeof fleetAnswerSchema>;
