import type { PublicWaitEstimate } from '../../../shared/engine';

// How to say an estimated wait, whatever the app: its catalog holds `wait.unknown`,
// `wait.minutes` (plural, `count`), `wait.hours` (`hours`, `minutes` as two digits),
// `wait.range` (`low`, `high`) and `wait.moreThan` (`minutes`). A public screen says the
// hub's `shown` estimate (views/public-estimate.ts): only what the estimate can stand by.

type WaitKey = 'wait.unknown' | 'wait.minutes' | 'wait.hours' | 'wait.range' | 'wait.moreThan';

/** Unknown, about N minutes, about H h MM, between L and H minutes, or more than N minutes. */
export function waitText(
  t: (key: WaitKey, params?: Record<string, string | number>) => string,
  estimate: PublicWaitEstimate | number | null | undefined,
): string {
  if (typeof estimate === 'object' && estimate !== null) {
    switch (estimate.kind) {
      case 'unknown':
        return t('wait.unknown');
      case 'range':
        // Plural on the upper bound: Arabic says دقائق after 5 or 10, دقيقة after 15.
        return t('wait.range', { low: estimate.low, high: estimate.high, count: estimate.high });
      case 'more-than':
        return t('wait.moreThan', { minutes: estimate.minutes });
      case 'minutes':
        return waitText(t, estimate.minutes);
    }
  }
  const minutes = estimate;
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes))
    return t('wait.unknown');
  const rounded = Math.max(0, Math.round(minutes));
  if (rounded < 60) return t('wait.minutes', { count: rounded });
  const rest = String(rounded % 60).padStart(2, '0');
  return t('wait.hours', { hours: Math.floor(rounded / 60), minutes: rest });
}
