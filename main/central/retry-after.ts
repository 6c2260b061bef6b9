/**
 * The wait a Retry-After header asks for, in ms from `nowMs`: either delay-seconds ("120")
 * or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"). A date in the past means "now" (0);
 * anything unreadable is ignored (undefined) rather than trusted.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the date formats HTTP allows, so that "1.5" or "soon" are not read as dates.
  if (!/^[A-Za-z]{3},? /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
