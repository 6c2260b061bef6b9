// How to say an estimated wait, whatever the app: its catalog holds `wait.unknown`,
// `wait.minutes` (plural, `count`) and `wait.hours` (`hours`, `minutes` as two digits).

type WaitKey = 'wait.unknown' | 'wait.minutes' | 'wait.hours';

/** Unknown, about N minutes, or about H h MM, in the words of `t`. */
export function waitText(
  t: (key: WaitKey, params?: Record<string, string | number>) => string,
  minutes: number | null | undefined,
): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes))
    return t('wait.unknown');
  const rounded = Math.max(0, Math.round(minutes));
  if (rounded < 60) return t('wait.minutes', { count: rounded });
  const rest = String(rounded % 60).padStart(2, '0');
  return t('wait.hours', { hours: Math.floor(rounded / 60), minutes: rest });
}
