/**
 * A fixed-offset zone where it is now around noon, so that whatever the hour the tests run
 * at, every time a test uses (from a few hours before to a few hours after now, skewed
 * clocks included) falls on the same local date: no midnight, no day change mid-test.
 */
export function middayTimeZone(now: number): string {
  const offset = 12 - new Date(now).getUTCHours();
  // IANA's Etc zones count the other way: UTC+3 is "Etc/GMT-3".
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** The zone of every e2e test site, chosen once per test process. */
export const testTimeZone = middayTimeZone(Date.now());
