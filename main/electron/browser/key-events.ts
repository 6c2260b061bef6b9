import type { KeyboardInputEvent } from 'electron';
import { isPrintableKey, type EditingKey } from '../../../shared/ipc/browser-keys';

// What one touch on the kiosk's on-screen keyboard becomes for the page's focused field:
// the events Chromium gets from a real keyboard, sent with `webContents.sendInputEvent`.
// A character is typed by its `char` event; ASCII letters and digits also get the
// keyDown/keyUp a page's key listeners expect (Electron knows no key code for "é").

const editing: Record<EditingKey, { keyCode: string; char?: string }> = {
  Backspace: { keyCode: 'Backspace' },
  Enter: { keyCode: 'Enter', char: '\r' },
  Tab: { keyCode: 'Tab' },
  Space: { keyCode: 'Space', char: ' ' },
  ArrowLeft: { keyCode: 'Left' },
  ArrowRight: { keyCode: 'Right' },
};

export type KeyInput = Pick<KeyboardInputEvent, 'type' | 'keyCode'>;

export function keyInputEvents(key: string): KeyInput[] {
  if (Object.hasOwn(editing, key)) {
    const { keyCode, char } = editing[key as EditingKey];
    return [
      { type: 'keyDown', keyCode },
      ...(char ? [{ type: 'char' as const, keyCode: char }] : []),
      { type: 'keyUp', keyCode },
    ];
  }
  if (!isPrintableKey(key))
    throw new Error(`${JSON.stringify(key.slice(0, 12))} is not a key of the on-screen keyboard`);
  if (/^[A-Za-z0-9]$/.test(key))
    return [
      { type: 'keyDown', keyCode: key },
      { type: 'char', keyCode: key },
      { type: 'keyUp', keyCode: key },
    ];
  return [{ type: 'char', keyCode: key }];
}
