// How to say an estimated wait, whatever the catalog: each app's catalog holds the
// messages `wait.unknown`, `wait.minutes` (plural, `count`) and `wait.hours`
// (`hours`, `minutes` as two digits).

export type WaitWords =
  | { key: 'wait.unknown' }
  | { key: 'wait.minutes'; count: number }
  | { key: 'wait.hours'; hours: number; minutes: string };

/** Unknown, in minutes, or in hours and minutes. */
export function waitWords(minutes: number | null | undefined): WaitWords {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes))
    return { key: 'wait.unknown' };
  const rounded = Math.max(0, Math.round(minutes));
  if (rounded < 60) return { key: 'wait.minutes', count: rounded };
  return {
    key: 'wait.hours',
    hours: Math.floor(rounded / 60),
    minutes: String(rounded % 60).padStart(2, '0'),
  };
}
