// The keys that would let a visitor out of a kiosk window, as a table: what Chromium and
// Electron's default menu do with them (close, reload, devtools, print, zoom, history…).
// The shell prevents them in `before-input-event`; one combination opens the admin PIN.

/** The fields of Electron's `Input` that decide (the shell passes the real object). */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

interface Combination {
  keys: readonly string[];
  /** Ctrl, or Cmd on macOS. */
  mod?: boolean;
  alt?: boolean;
  /** Undefined: with or without Shift. */
  shift?: boolean;
  /** Whatever the modifiers (function keys: Ctrl+F5 reloads too). */
  anyModifiers?: boolean;
}

export interface BlockedShortcut extends Combination {
  name: string;
}

const k = (name: string, keys: readonly string[], modifiers: Omit<Combination, 'keys'> = {}) => ({
  name,
  keys,
  ...modifiers,
});

export const blockedShortcuts: readonly BlockedShortcut[] = [
  k('close the window', ['f4'], { alt: true }),
  k('close the window', ['w', 'q'], { mod: true }),
  k('reload', ['r'], { mod: true }),
  k('reload', ['f5'], { anyModifiers: true }),
  k('full screen', ['f11'], { anyModifiers: true }),
  k('developer tools', ['f12'], { anyModifiers: true }),
  k('developer tools', ['i', 'j', 'c'], { mod: true, shift: true }),
  k('print', ['p'], { mod: true }),
  k('open a file', ['o'], { mod: true }),
  k('save the page', ['s'], { mod: true }),
  k('new window', ['n'], { mod: true }),
  k('new tab', ['t'], { mod: true }),
  k('zoom', ['+', '=', '-', '_', '0'], { mod: true }),
  k('history', ['arrowleft', 'arrowright'], { alt: true }),
  k('history', ['browserback', 'browserforward'], { anyModifiers: true }),
  k('view source', ['u'], { mod: true }),
  k('find', ['f', 'g'], { mod: true }),
];

/** Ctrl+Alt+Shift+A: the admin screen behind its PIN, the only way out of kiosk mode. */
export const adminShortcut: Combination = { keys: ['a'], mod: true, alt: true, shift: true };

function matches(input: KeyInput, combination: Combination): boolean {
  const key = input.key.toLowerCase();
  // Numpad plus and minus carry their own codes.
  const aliases = input.code === 'NumpadAdd' ? '+' : input.code === 'NumpadSubtract' ? '-' : key;
  if (!combination.keys.includes(key) && !combination.keys.includes(aliases)) return false;
  if (combination.anyModifiers) return true;
  const mod = input.control || input.meta;
  if (Boolean(combination.mod) !== mod) return false;
  if (Boolean(combination.alt) !== input.alt) return false;
  if (combination.shift !== undefined && combination.shift !== input.shift) return false;
  return true;
}

export type ShortcutAction = { kind: 'block'; name: string } | { kind: 'admin' } | { kind: 'pass' };

/** What the kiosk does with a key press: block it, open the admin screen, or let it through. */
export function shortcutAction(input: KeyInput): ShortcutAction {
  if (input.type !== 'keyDown' && input.type !== 'keyUp' && input.type !== 'rawKeyDown')
    return { kind: 'pass' };
  if (matches(input, adminShortcut)) return { kind: 'admin' };
  const blocked = blockedShortcuts.find((combination) => matches(input, combination));
  return blocked ? { kind: 'block', name: blocked.name } : { kind: 'pass' };
}
