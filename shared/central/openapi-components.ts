import { z } from 'zod';
import { appointmentDaySchema, appointmentSchema } from './appointment';
import { errorBodySchema, recordErrorSchema } from './error';
import {
  healthClientSchema,
  healthDeviceSchema,
  healthReceiptSchema,
  siteHealthSchema,
  syncStateSchema,
} from './health';
import {
  transferEndSchema,
  transferSchema,
  visitBatchReceiptSchema,
  visitBatchSchema,
  visitPersonalFieldsSchema,
  visitRecordSchema,
} from './visit';

// The zod schemas that become named OpenAPI components. Each appears once here; the
// document refers to them by name, and nested ones become $refs between components.

export const componentSchemas = {
  VisitBatch: visitBatchSchema,
  VisitRecord: visitRecordSchema,
  Transfer: transferSchema,
  TransferEnd: transferEndSchema,
  VisitPersonalFields: visitPersonalFieldsSchema,
  VisitBatchReceipt: visitBatchReceiptSchema,
  AppointmentDay: appointmentDaySchema,
  Appointment: appointmentSchema,
  SiteHealth: siteHealthSchema,
  HealthClient: healthClientSchema,
  HealthDevice: healthDeviceSchema,
  SyncState: syncStateSchema,
  HealthReceipt: healthReceiptSchema,
  Error: errorBodySchema,
  RecordError: recordErrorSchema,
} satisfies Record<string, z.ZodType>;
export type ComponentName = keyof typeof componentSchemas;

type JsonObject = Record<string, unknown>;

const SAFE = Number.MAX_SAFE_INTEGER;

/** Keeps the published schemas readable: the safe-integer bounds and zod's long RFC 3339
 *  and date regexes say nothing a reader needs beyond `format`. */
function tidy(ctx: { jsonSchema: JsonObject }): void {
  const schema = ctx.jsonSchema;
  if (schema.maximum === SAFE) delete schema.maximum;
  if (schema.minimum === -SAFE) delete schema.minimum;
  if (schema.format === 'date-time' || schema.format === 'date') delete schema.pattern;
}

// Inputs, since the contract states what each end must accept.
const options = { target: 'draft-2020-12', io: 'input', override: tidy } as const;

/** JSON Schema (2020-12, the dialect of OpenAPI 3.1) of every component, keyed by name. */
export function componentJsonSchemas(): Record<ComponentName, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(componentSchemas)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    ...options,
    uri: (id) => `#/components/schemas/${id}`,
  });
  const out: JsonObject = {};
  for (const [id, schema] of Object.entries(schemas)) out[id] = withoutIds(schema);
  return out as Record<ComponentName, JsonObject>;
}

/** JSON Schema of a schema that is not a component (a parameter's, say). */
export function inlineJsonSchema(schema: z.ZodType): JsonObject {
  return withoutIds(z.toJSONSchema(schema, options));
}

// OpenAPI 3.1 implies the dialect, and components are named by the document.
function withoutIds(schema: unknown): JsonObject {
  const { $schema: _dialect, $id: _id, ...rest } = schema as JsonObject;
  return rest;
}
