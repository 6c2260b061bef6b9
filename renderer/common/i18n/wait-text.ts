import { sayWait, shownOrFigure, type PublicWaitEstimate } from '../../../shared/engine';

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
  const shown =
    typeof estimate === 'object' && estimate !== null ? estimate : shownOrFigure(null, estimate);
  return sayWait(shown, {
    unknown: () => t('wait.unknown'),
    minutes: (minutes) => {
      if (minutes < 60) return t('wait.minutes', { count: minutes });
      const rest = String(minutes % 60).padStart(2, '0');
      return t('wait.hours', { hours: Math.floor(minutes / 60), minutes: rest });
    },
    // Plural on the upper bound: Arabic says دقائق after 5 or 10, دقيقة after 15.
    range: (low, high) => t('wait.range', { low, high, count: high }),
    moreThan: (minutes) => t('wait.moreThan', { minutes }),
  });
}
