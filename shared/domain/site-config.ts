import { z } from 'zod';
import { brandSchema } from '../brand/brand';
import { alertsConfigSchema, defaultAlertsConfig } from './alerts-config';
import { calendarSchema } from './calendar-config';
import { displaysConfigSchema } from './display-config';
import { eservicesConfigSchema } from './eservices-config';
import { callingPolicySchema } from './calling-policy';
import { idSchema, languageCodeSchema } from './primitives';
import { defaultQualityConfig, qualityConfigSchema } from './quality-config';
import { receiptTemplateSchema } from './receipt-template';
import { categorySchema, checkInWindowSchema, serviceSchema } from './service';
import { agentSchema, counterSchema, outcomeSchema } from './staff';
import { checkReferences } from './site-config-references';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const reportingSchema = z.strictObject({
  /**
   * Figures per agent in the managers' day report. They are personal data (they measure
   * a person's work): off unless the site decides, with its staff, to show them.
   */
  perAgentFigures: z.boolean().default(false),
});

const siteConfigShape = z.strictObject({
  site: z.strictObject({
    id: idSchema,
    name: z.string().trim().min(1).max(120),
    address: z.string().trim().min(1).max(200),
    /** The town as it signs its papers, printed at the top of tickets and receipts
     * ("Ville d'Issy-les-Moulineaux"); the site's name when absent. */
    townName: z.string().trim().min(1).max(60).optional(),
  }),
  timezone: z
    .string()
    .refine(isTimeZone, { message: 'an IANA time zone such as "Europe/Paris"' })
    .default('Europe/Paris'),
  /** Languages offered to visitors; the first one is the default. */
  languages: z.array(languageCodeSchema).min(1).default(['fr']),
  calendar: calendarSchema,
  categories: z.array(categorySchema).min(1),
  services: z.array(serviceSchema).min(1),
  counters: z.array(counterSchema).default([]),
  agents: z.array(agentSchema).default([]),
  outcomes: z.array(outcomeSchema).min(1),
  callingPolicy: callingPolicySchema.default({
    appointmentsFirst: true,
    appointmentLeadMinutes: 5,
    priority: { mode: 'interleave', normal: 2, priority: 1 },
    acrossServices: 'longest-wait',
  }),
  /** Calls after the first one; one more recall marks the ticket as a no-show. */
  recallLimit: z.number().int().min(0).max(10).default(2),
  defaultCheckInWindow: checkInWindowSchema.default({ earlyMinutes: 30, lateMinutes: 15 }),
  /** Served durations averaged by the waiting-time estimate. */
  estimateSampleSize: z.number().int().min(1).max(100).default(10),
  reporting: reportingSchema.default({ perAgentFigures: false }),
  /** The récépissés counters print, each for some services or for any. */
  receiptTemplates: z.array(receiptTemplateSchema).default([]),
  /** The town's name, logo and colours on its screens (shared/brand); the apps' own look when absent. */
  brand: brandSchema.optional(),
  /** Qualivilles commitments and complaint handling, measured by the yearly report. */
  quality: qualityConfigSchema.default(defaultQualityConfig),
  /** The waiting-room displays and their information line (absent: every display's defaults). */
  displays: displaysConfigSchema.optional(),
  /** When the hub raises, escalates and mutes condition alerts (alerts-config.ts). */
  alerts: alertsConfigSchema.default(defaultAlertsConfig),
  /** The e-service portals of the kiosks' locked browser (absent: none, the kiosk offers QR codes). */
  eservices: eservicesConfigSchema.optional(),
});

/** The whole site: what `config:replace` carries, so the event log alone rebuilds everything. */
export const siteConfigSchema = siteConfigShape.superRefine(checkReferences);
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/**
 * Fills in the fields added to the configuration after a `config:replaced` event was
 * recorded: the log is read without parsing, so an older event lacks them.
 */
export function withConfigDefaults(config: SiteConfig): SiteConfig {
  const partial = config as Partial<
    Pick<SiteConfig, 'reporting' | 'receiptTemplates' | 'quality' | 'alerts'>
  >;
  if (partial.reporting && partial.receiptTemplates && partial.quality && partial.alerts)
    return config;
  return {
    ...config,
    reporting: partial.reporting ?? { perAgentFigures: false },
    receiptTemplates: partial.receiptTemplates ?? [],
    quality: partial.quality ?? defaultQualityConfig,
    alerts: partial.alerts ?? defaultAlertsConfig,
  };
}

/** What tickets and receipts print at their top: the town's name, else the site's. */
export function townNameOf(config: SiteConfig): string {
  return config.site.townName ?? config.site.name.slice(0, 60);
}
