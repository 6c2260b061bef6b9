// The keys the kiosk's on-screen keyboard sends to the locked browser's focused field:
// one printable character (letters of any script with their accents, digits, the
// punctuation of addresses and forms), or one of a few editing keys. Anything else is
// refused by the channel's schema, so no page ever receives a shortcut or a key chord.

export const editingKeys = [
  'Backspace',
  'Enter',
  'Tab',
  'Space',
  'ArrowLeft',
  'ArrowRight',
] as const;
export type EditingKey = (typeof editingKeys)[number];

const printable = /^[\p{L}\p{M}\p{N}@.,;:!?'’"()\-_+&/*#%€$=]$/u;

export function isPrintableKey(key: string): boolean {
  return [...key].length === 1 && printable.test(key);
}

export function isKeyboardKey(key: string): boolean {
  return (editingKeys as readonly string[]).includes(key) || isPrintableKey(key);
}
