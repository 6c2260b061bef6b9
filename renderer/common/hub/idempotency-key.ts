/**
 * 128 random bits as hex, for Idempotency-Keys. `crypto.getRandomValues` works on a
 * plain-HTTP page too (a kiosk opened from `http://<hub on the LAN>`, `--insecure-lan`),
 * where `crypto.randomUUID` is missing: it exists only in a secure context.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
