// The console's keyboard shortcuts: one key per action, no modifier, never taken from a
// field being typed in nor while a dialog is open (the dialog owns the keyboard then).

export const shortcutKeys = {
  callNext: 'S',
  recall: 'R',
  start: 'C',
  transfer: 'T',
  noShow: 'A',
  finish: 'F',
  pause: 'P',
  issue: 'N',
  receipt: 'I',
  reprint: 'D',
  // R (réclamation) is the recall's: E, as in "rÉclamation" and "Enregistrer".
  complaint: 'E',
  queue: 'L',
  help: 'H',
} as const;

export type ShortcutAction = keyof typeof shortcutKeys;

export const shortcutActions = Object.keys(shortcutKeys) as ShortcutAction[];

const byKey = new Map<string, ShortcutAction>(
  shortcutActions.map((action) => [shortcutKeys[action].toLowerCase(), action]),
);

/** What a keydown needs to be read as a shortcut (a DOM KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  repeat?: boolean;
  target: unknown;
}

interface ElementLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
  closest?: (selector: string) => unknown;
}

const typingInputTypes = new Set([
  'text',
  'search',
  'password',
  'email',
  'number',
  'tel',
  'url',
  'date',
  'time',
]);

/** Whether the key goes to a field the agent is typing in (or a list they are choosing in). */
export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const element = target as ElementLike;
  if (element.isContentEditable) return true;
  const tag = element.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return typingInputTypes.has((element.type ?? 'text').toLowerCase());
  return false;
}

function insideDialog(target: unknown): boolean {
  const element = target as ElementLike | null;
  return typeof element?.closest === 'function' && element.closest('dialog') !== null;
}

/**
 * The action a key press asks for, or null. "?" opens the help too (it is what people try).
 * `dialogOpen`: a modal dialog is showing, so the console's shortcuts are off.
 */
export function shortcutFor(press: KeyPress, dialogOpen = false): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.repeat) return null;
  if (dialogOpen || isTypingTarget(press.target) || insideDialog(press.target)) return null;
  if (press.key === '?') return 'help';
  return byKey.get(press.key.toLowerCase()) ?? null;
}
