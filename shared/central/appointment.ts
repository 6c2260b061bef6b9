import { z } from 'zod';
import {
  dateSchema,
  identifierSchema,
  personalData,
  serviceCodeSchema,
  siteIdSchema,
  timestampSchema,
} from './common';
import { antsNumberSchema, bookingCodeSchema } from '../domain/appointment';

// Appointments are booked on the town's side; the hub pulls each day's list (with an ETag,
// so an unchanged day costs a 304) to check visitors in and to apply cancellations.

export const appointmentStatuses = ['booked', 'cancelled'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** ANTS pré-demande number for ID cards and passports: 10 characters [A-Z0-9]. */
export const antsPreDemandeSchema = antsNumberSchema.meta({
  description: 'ANTS pré-demande number (ID card, passport): 10 characters A-Z 0-9.',
});

export const appointmentSchema = z.object({
  id: identifierSchema,
  serviceCode: serviceCodeSchema,
  startsAt: timestampSchema,
  durationMinutes: z.number().int().min(1).max(480),
  bookingCode: bookingCodeSchema.meta({
    description: 'Short code from the booking confirmation, typed at the kiosk.',
  }),
  antsPreDemande: antsPreDemandeSchema.nullable(),
  qrToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/)
    .meta({ description: 'Opaque random token printed as a QR code; carries no personal data.' }),
  status: z.enum(appointmentStatuses),
  visitorDisplayName: z
    .string()
    .min(1)
    .max(120)
    .optional()
    .meta({
      ...personalData,
      description:
        'Name shown to the agent who serves the visitor, never on public screens or tickets.',
    }),
});
export type Appointment = z.infer<typeof appointmentSchema>;

export const appointmentDaySchema = z
  .object({
    siteId: siteIdSchema,
    date: dateSchema,
    appointments: z.array(appointmentSchema),
  })
  .meta({
    description:
      'Every appointment of one day at one site, cancelled ones included (so that cancellations reach the site), ordered by start time.',
  });
export type AppointmentDay = z.infer<typeof appointmentDaySchema>;
