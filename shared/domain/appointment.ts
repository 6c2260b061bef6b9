import { z } from 'zod';
import { codeSchema, epochMsSchema, idSchema } from './primitives';

/** The ANTS pré-demande number for ID cards and passports: 10 characters [A-Z0-9]. */
export const antsNumberSchema = z
  .string()
  .regex(/^[A-Z0-9]{10}$/, 'an ANTS pré-demande number: 10 capital letters or digits');

export const bookingCodeSchema = z
  .string()
  .regex(/^[A-Z0-9-]{4,20}$/, 'a booking code: 4 to 20 capital letters, digits or dashes');

/**
 * One appointment as the central API gives it. No name, no phone: the hub keeps those in
 * a separate table with a retention rule; the queue only needs what identifies the slot.
 */
export const appointmentInputSchema = z.strictObject({
  id: idSchema,
  service: codeSchema,
  start: epochMsSchema,
  durationMinutes: z.number().int().positive().max(480).optional(),
  bookingCode: bookingCodeSchema,
  antsNumber: antsNumberSchema.optional(),
  /** Opaque random token printed as a QR code on the confirmation. */
  qrToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/)
    .optional(),
  status: z.enum(['booked', 'cancelled']).default('booked'),
});
export type AppointmentInput = z.infer<typeof appointmentInputSchema>;

export const appointmentStatuses = ['booked', 'cancelled', 'checked-in'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** An appointment in the queue state: the central one plus what happened here. */
export interface Appointment extends Omit<AppointmentInput, 'status'> {
  /** The local date ("YYYY-MM-DD") it was loaded for. */
  date: string;
  status: AppointmentStatus;
  checkedInAt?: number;
  ticketId?: string;
}
