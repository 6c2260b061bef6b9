import {
  APPOINTMENT_QR_PREFIX,
  APPOINTMENT_TOKEN_LENGTH,
  CROCKFORD_BASE32_ALPHABET,
  appointmentTokenSchema,
} from './payload';

/**
 * Makes an appointment token from random bytes the caller draws (shared/ has no random
 * source of its own: pass `crypto.getRandomValues(new Uint8Array(26))` or Node's
 * `randomBytes(26)`). One symbol per byte, from its low 5 bits: 256 is a multiple of 32,
 * so every symbol is uniform and the token carries 130 random bits.
 */
export function appointmentTokenFromRandomBytes(random: Uint8Array): string {
  if (random.length < APPOINTMENT_TOKEN_LENGTH)
    throw new RangeError(
      `an appointment token needs ${APPOINTMENT_TOKEN_LENGTH} random bytes, got ${random.length}`,
    );
  let token = '';
  for (let i = 0; i < APPOINTMENT_TOKEN_LENGTH; i++)
    token += CROCKFORD_BASE32_ALPHABET[(random[i] ?? 0) & 31];
  return token;
}

/** The text to encode in the appointment's QR code. */
export function appointmentQrText(token: string): string {
  return APPOINTMENT_QR_PREFIX + appointmentTokenSchema.parse(token);
}
