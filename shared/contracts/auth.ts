import { z } from 'zod';
import { idSchema } from '../domain/primitives';
import { agentRoleSchema, deviceRoleSchema, roleSchema } from './roles';

// Bodies and answers of the hub's security routes: login, enrolment, devices, agents.

export const loginBodySchema = z.strictObject({
  agentId: idSchema,
  password: z.string().min(1).max(200),
});
export const loginAnswerSchema = z.strictObject({
  token: z.string(),
  agentId: z.string(),
  role: agentRoleSchema,
  expiresAt: z.number(),
});

export const whoAmIAnswerSchema = z.strictObject({
  kind: z.enum(['device', 'agent']),
  role: roleSchema,
  deviceId: z.string().nullable(),
  agentId: z.string().nullable(),
  label: z.string().nullable(),
  expiresAt: z.number().nullable(),
});

export const enrolmentCodeBodySchema = z.strictObject({
  role: deviceRoleSchema,
  /** Where the device is, to recognise it in the list (e.g. "Kiosk, entrance"). */
  label: z.string().trim().min(1).max(80),
});
export const enrolmentCodeAnswerSchema = z.strictObject({
  code: z.string(),
  role: deviceRoleSchema,
  label: z.string(),
  expiresAt: z.number(),
});

/** Codes for many devices at once (mass provisioning): one per label, all or none. */
export const enrolmentCodesBatchBodySchema = z
  .strictObject({
    role: deviceRoleSchema,
    labels: z.array(z.string().trim().min(1).max(80)).min(1).max(500),
    /** How long these codes stay valid (a roll-out takes days); the hub's default otherwise. */
    validHours: z
      .number()
      .positive()
      .max(7 * 24)
      .optional(),
  })
  .superRefine((body, context) => {
    const seen = new Set<string>();
    body.labels.forEach((label, index) => {
      if (seen.has(label))
        context.addIssue({
          code: 'custom',
          path: ['labels', index],
          message: `"${label}" is given twice: each device needs its own label`,
        });
      seen.add(label);
    });
  });
export const enrolmentCodesBatchAnswerSchema = z.strictObject({
  codes: z.array(enrolmentCodeAnswerSchema),
});

export const enrolBodySchema = z.strictObject({ code: z.string().trim().min(1).max(40) });
export const enrolAnswerSchema = z.strictObject({
  deviceId: z.string(),
  role: deviceRoleSchema,
  label: z.string(),
  token: z.string(),
});

export const deviceSchema = z.strictObject({
  id: z.string(),
  role: deviceRoleSchema,
  label: z.string(),
  enrolledAt: z.number(),
  lastSeenAt: z.number().nullable(),
  revokedAt: z.number().nullable(),
  /** The app version and address it gave at its last hello on the event stream. */
  appVersion: z.string().nullable(),
  address: z.string().nullable(),
});
export const devicesAnswerSchema = z.strictObject({ devices: z.array(deviceSchema) });

export const deviceParamsSchema = z.strictObject({ deviceId: z.string().min(1).max(64) });
export const agentParamsSchema = z.strictObject({ agentId: idSchema });

export const agentCredentialBodySchema = z.strictObject({
  role: agentRoleSchema,
  password: z
    .string()
    .min(10, 'at least 10 characters (a short sentence is easiest to remember)')
    .max(200),
});
export const agentsAnswerSchema = z.strictObject({
  agents: z.array(
    z.strictObject({ agentId: z.string(), role: agentRoleSchema, disabled: z.boolean() }),
  ),
});
