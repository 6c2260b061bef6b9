import type { AlertSound } from './alert-list';

// The alert sound, as notes: a double beep for an alert, a rising triple beep for an
// escalated one (a second sound, told apart without looking). Repeated every `everyMs`
// until acknowledged or muted.

export interface Note {
  frequency: number;
  startS: number;
  durationS: number;
}

export const alarmRepeatMs: Record<Exclude<AlertSound, 'none'>, number> = {
  alert: 4000,
  escalated: 2000,
};

export function alarmNotes(sound: Exclude<AlertSound, 'none'>): Note[] {
  return sound === 'escalated'
    ? [
        { frequency: 660, startS: 0, durationS: 0.15 },
        { frequency: 880, startS: 0.2, durationS: 0.15 },
        { frequency: 1100, startS: 0.4, durationS: 0.25 },
      ]
    : [
        { frequency: 880, startS: 0, durationS: 0.18 },
        { frequency: 880, startS: 0.3, durationS: 0.18 },
      ];
}
