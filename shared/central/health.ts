import { z } from 'zod';
import { printerStates, scannerStates } from '../devices/status';
import { countSchema, identifierSchema, timestampSchema } from './common';

// The site's heartbeat: what runs, in which version, whether devices work and how far
// behind the sync is, so the town's IT sees a silent site before its users do.

export const clientModes = ['hub', 'kiosk', 'counter', 'display', 'dashboard'] as const;

const versionSchema = z
  .string()
  .regex(/^[0-9A-Za-z.+-]{1,64}$/)
  .meta({ description: 'Application version, e.g. 1.4.2.' });

export const healthClientSchema = z.object({
  clientId: identifierSchema,
  mode: z.enum(clientModes),
  appVersion: versionSchema,
  online: z.boolean(),
  lastSeenAt: timestampSchema.nullable(),
});

const deviceCommon = {
  deviceId: identifierSchema,
  clientId: identifierSchema.meta({ description: 'The client the device is attached to.' }),
  detail: z.string().max(500).optional(),
  lastReadAt: timestampSchema
    .nullable()
    .meta({ description: 'When the device itself last answered; null if never.' }),
};

export const healthDeviceSchema = z.discriminatedUnion('kind', [
  z.object({ ...deviceCommon, kind: z.literal('printer'), state: z.enum(printerStates) }),
  z.object({ ...deviceCommon, kind: z.literal('scanner'), state: z.enum(scannerStates) }),
]);

export const syncStateSchema = z.object({
  backlog: countSchema.meta({ description: 'Visits waiting to be sent.' }),
  quarantined: countSchema.meta({ description: 'Visits refused by the central API, held aside.' }),
  lastSuccessAt: timestampSchema.nullable(),
  lastError: z
    .object({ at: timestampSchema, message: z.string().max(1000) })
    .nullable()
    .meta({ description: 'The last failure, if any since the last success.' }),
});

export const siteHealthSchema = z.object({
  reportedAt: timestampSchema,
  hubVersion: versionSchema,
  clients: z.array(healthClientSchema).max(500),
  devices: z.array(healthDeviceSchema).max(500),
  sync: syncStateSchema,
});
export type SiteHealth = z.infer<typeof siteHealthSchema>;

export const healthReceiptSchema = z.object({ receivedAt: timestampSchema });
export type HealthReceipt = z.infer<typeof healthReceiptSchema>;
