import { z } from 'zod';
import { printerStatusSchema, scannerStatusSchema, type DeviceStatus } from '../devices/status';

/**
 * What staff are alerted to. `help-requested` is a visitor at a kiosk asking for someone;
 * the others are conditions (a device that cannot work, the central sync failing, a
 * service over its wait target): they close when the condition clears, an acknowledgement
 * only says someone has seen them.
 */
export const alertKinds = [
  'help-requested',
  'printer-unavailable',
  'printer-paper-low',
  'scanner-unavailable',
  'sync-failing',
  /** The longest current wait of a service is over its alert threshold (`serviceId`). */
  'service-over-target',
  /** One ticket has waited beyond the ticket threshold (`ticketId`); closes when called or cancelled. */
  'ticket-over-target',
  /** An enrolled kiosk, display or counter workstation has not been heard from (the source). */
  'device-silent',
  /** The oldest visit waiting to be sent to the central API is older than the threshold. */
  'sync-behind',
  /** A counter has been paused longer than the threshold (`counterId`). */
  'counter-paused-long',
  /** Complaints past their answer deadline. */
  'complaint-late',
  /**
   * A desktop app's screen went wrong and stayed wrong (crashed, hung or failed to load
   * past its recovery budget: it shows its error page and keeps retrying); sent by the
   * device itself, displays included. Someone looks at the machine, then resolves it.
   */
  'app-trouble',
] as const;
export const alertKindSchema = z.enum(alertKinds);
export type AlertKind = (typeof alertKinds)[number];

export const conditionAlertKinds: ReadonlySet<AlertKind> = new Set([
  'printer-unavailable',
  'printer-paper-low',
  'scanner-unavailable',
  'sync-failing',
  'service-over-target',
  'ticket-over-target',
  'device-silent',
  'sync-behind',
  'counter-paused-long',
  'complaint-late',
]);

/** Kinds only the hub itself raises (devices cannot claim the sync is failing). */
export const systemAlertKinds: ReadonlySet<AlertKind> = new Set([
  'sync-failing',
  'service-over-target',
  'ticket-over-target',
  'device-silent',
  'sync-behind',
  'counter-paused-long',
  'complaint-late',
]);

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

/**
 * What a condition alert is about, besides its source: one alert per service, ticket or
 * counter. Only the hub sets them (`alert:raise` from the system actor).
 */
export const alertSubjectSchema = {
  serviceId: z.string().min(1).max(64).optional(),
  ticketId: z.string().min(1).max(64).optional(),
  counterId: z.string().min(1).max(64).optional(),
};

export interface Alert {
  /** `alert-<n>`, numbered by the engine. */
  id: string;
  kind: AlertKind;
  source: AlertSource | null;
  detail?: string;
  /** The service (its code) a `service-over-target` alert is about. */
  serviceId?: string;
  /** The ticket a `ticket-over-target` alert is about. */
  ticketId?: string;
  /** The counter a `counter-paused-long` alert is about. */
  counterId?: string;
  raisedAt: number;
  /** When it stayed unacknowledged beyond `alerts.escalateAfterMinutes` (every staff screen shows it). */
  escalatedAt?: number;
  acknowledgedAt?: number;
  /** Agent id (or device id) of whoever acknowledged it. */
  acknowledgedBy?: string;
  closedAt?: number;
  closeReason?: 'acknowledged' | 'recovered' | 'resolved';
}

/** Two active alerts are the same when kind, source and subject are: repeats record nothing. */
export function alertKey(alert: {
  kind: AlertKind;
  source: AlertSource | null;
  serviceId?: string | undefined;
  ticketId?: string | undefined;
  counterId?: string | undefined;
}): string {
  return [
    alert.kind,
    alert.source?.deviceId ?? '',
    alert.serviceId ?? '',
    alert.ticketId ?? '',
    alert.counterId ?? '',
  ].join('|');
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
