import { zonedEpoch } from '../../../shared/engine';

/** A weekday morning at the test site (Europe/Paris), as epoch ms: the tests' fixed "now". */
export function morningAt(date = '2026-04-07', minutesOfDay = 10 * 60): number {
  return zonedEpoch(date, minutesOfDay, 'Europe/Paris');
}

/**
 * A hub clock that runs at the real pace from a fixed weekday morning at the test site
 * (Europe/Paris): a test that takes seconds never crosses midnight, whose day end closes
 * whatever is still waiting, whatever the hour the tests run at.
 */
export function morningClock(date = '2026-04-07', minutesOfDay = 10 * 60): () => number {
  const offset = morningAt(date, minutesOfDay) - Date.now();
  return () => Date.now() + offset;
}
