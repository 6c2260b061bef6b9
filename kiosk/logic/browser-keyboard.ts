import type { EditingKey } from '../../shared/ipc/browser-keys';

// The locked browser's on-screen keyboard: French AZERTY, the accented letters French
// forms need, digits, and the signs of e-mail addresses and references. What each key
// sends is what `browser:key` accepts (shared/ipc/browser-keys.ts).

const lower = [
  '1234567890',
  'azertyuiop',
  'qsdfghjklm',
  'wxcvbn',
  'éèêëàâçùûôîïœ',
  "@.-_'/",
] as const;

export interface KeyboardKey {
  /** What is sent: one character, or an editing key. */
  send: string;
  /** What the key shows. */
  label: string;
}

export function keyboardRows(capitals: boolean): KeyboardKey[][] {
  return lower.map((row) =>
    [...row].map((char) => {
      const shown = capitals ? char.toLocaleUpperCase('fr') : char;
      // "œ" has a one-letter capital; nothing here turns into two letters.
      const send = [...shown].length === 1 ? shown : char;
      return { send, label: send };
    }),
  );
}

export const editingRow: readonly EditingKey[] = [
  'ArrowLeft',
  'Space',
  'ArrowRight',
  'Backspace',
  'Tab',
  'Enter',
];
