import { z } from 'zod';
import { printerStatusSchema, scannerStatusSchema, type DeviceStatus } from '../devices/status';

/**
 * What staff are alerted to. `help-requested` is a visitor at a kiosk asking for someone;
 * the others are conditions (a device that cannot work, the central sync failing): they
 * close when the condition clears, an acknowledgement only says someone has seen them.
 */
export const alertKinds = [
  'help-requested',
  'printer-unavailable',
  'printer-paper-low',
  'scanner-unavailable',
  'sync-failing',
] as const;
export const alertKindSchema = z.enum(alertKinds);
export type AlertKind = (typeof alertKinds)[number];

export const conditionAlertKinds: ReadonlySet<AlertKind> = new Set([
  'printer-unavailable',
  'printer-paper-low',
  'scanner-unavailable',
  'sync-failing',
]);

/** Kinds only the hub itself raises (devices cannot claim the sync is failing). */
export const systemAlertKinds: ReadonlySet<AlertKind> = new Set(['sync-failing']);

/**
 * The enrolled device (kiosk, counter workstation) an alert comes from, or the counter
 * (`counter:<id>`) whose agent reported it from a browser session; null: the hub.
 */
export interface AlertSource {
  deviceId: string;
  label: string;
}

export const alertSourceSchema = z
  .strictObject({ deviceId: z.string().min(1).max(80), label: z.string().max(80) })
  .nullable();

export const alertDetailSchema = z.string().trim().min(1).max(200);

export interface Alert {
  /** `alert-<n>`, numbered by the engine. */
  id: string;
  kind: AlertKind;
  source: AlertSource | null;
  detail?: string;
  raisedAt: number;
  acknowledgedAt?: number;
  /** Agent id (or device id) of whoever acknowledged it. */
  acknowledgedBy?: string;
  closedAt?: number;
  closeReason?: 'acknowledged' | 'recovered' | 'resolved';
}

/** An alert stays active until it is closed (acknowledged help, a recovered device). */
export function isActiveAlert(alert: Alert): boolean {
  return alert.closedAt === undefined;
}

/** Strict status schemas: a device report with an unknown field is refused, not trimmed. */
export const reportedStatusSchema = z.discriminatedUnion('kind', [
  printerStatusSchema.strict(),
  scannerStatusSchema.strict(),
]);

/** The latest statuses an enrolled device reported for the devices attached to it. */
export interface DeviceReport {
  /** The enrolled device (kiosk, counter workstation) that reported. */
  deviceId: string;
  label: string;
  statuses: DeviceStatus[];
  /** When the report that changed something arrived. */
  reportedAt: number;
}
