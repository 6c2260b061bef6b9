import { z } from 'zod';
import type { Service } from './service';

const minutes = (max: number) => z.number().int().min(1).max(max);

/**
 * When the hub raises, escalates and lets staff mute condition alerts (the floor manager's
 * dashboard). Every field has a default, so a site without the section is valid.
 */
export const alertsConfigSchema = z.strictObject({
  /**
   * A ticket waiting longer than this raises `ticket-over-target` (one alert per ticket);
   * absent: twice its service's alert threshold.
   */
  ticketOverTargetMinutes: minutes(24 * 60).optional(),
  /** A kiosk, display or counter workstation silent this long raises `device-silent`. */
  deviceSilentSeconds: z
    .number()
    .int()
    .min(15)
    .max(24 * 3600)
    .default(90),
  /** A counter paused this long raises `counter-paused-long`. */
  counterPausedMinutes: minutes(24 * 60).default(20),
  /** The central sync's oldest unsent visit this old raises `sync-behind`. */
  syncBehindMinutes: minutes(24 * 60).default(10),
  /** An alert nobody acknowledged this long escalates (second sound, every staff screen). */
  escalateAfterMinutes: minutes(24 * 60).default(5),
  /** How long a dashboard's mute button silences the alert sound. */
  muteMinutes: minutes(240).default(10),
});
export type AlertsConfig = z.output<typeof alertsConfigSchema>;

export const defaultAlertsConfig: AlertsConfig = {
  deviceSilentSeconds: 90,
  counterPausedMinutes: 20,
  syncBehindMinutes: 10,
  escalateAfterMinutes: 5,
  muteMinutes: 10,
};

/** The wait beyond which a service is over target: its own alert threshold, else its target. */
export function serviceAlertMinutes(
  service: Pick<Service, 'targetWaitMinutes' | 'alertWaitMinutes'>,
): number {
  return service.alertWaitMinutes ?? service.targetWaitMinutes;
}

/** The wait beyond which one ticket of `service` raises its own alert. */
export function ticketAlertMinutes(
  alerts: AlertsConfig,
  service: Pick<Service, 'targetWaitMinutes' | 'alertWaitMinutes'>,
): number {
  return alerts.ticketOverTargetMinutes ?? 2 * serviceAlertMinutes(service);
}
