import { describe, expect, it } from 'vitest';
import { isKeyboardKey } from '../../../shared/ipc/browser-keys';
import { keyInputEvents } from './key-events';

describe('the on-screen keyboard’s keys, as input events', () => {
  it.each(['a', 'Z', '7'])('types the ASCII key %s with keyDown, char, keyUp', (key) => {
    expect(keyInputEvents(key)).toEqual([
      { type: 'keyDown', keyCode: key },
      { type: 'char', keyCode: key },
      { type: 'keyUp', keyCode: key },
    ]);
  });

  it.each(['é', 'è', 'à', 'ç', 'ù', 'ê', 'ë', 'ï', 'ô', 'œ', 'É', '@', '.', '-', '’', 'ї'])(
    'types %s by its char event',
    (key) => {
      expect(keyInputEvents(key)).toEqual([{ type: 'char', keyCode: key }]);
    },
  );

  it('maps the editing keys to the key codes Electron knows', () => {
    expect(keyInputEvents('Backspace')).toEqual([
      { type: 'keyDown', keyCode: 'Backspace' },
      { type: 'keyUp', keyCode: 'Backspace' },
    ]);
    expect(keyInputEvents('Enter')).toEqual([
      { type: 'keyDown', keyCode: 'Enter' },
      { type: 'char', keyCode: '\r' },
      { type: 'keyUp', keyCode: 'Enter' },
    ]);
    expect(keyInputEvents('Space').map((e) => e.keyCode)).toEqual(['Space', ' ', 'Space']);
    expect(keyInputEvents('ArrowLeft').map((e) => e.keyCode)).toEqual(['Left', 'Left']);
    expect(keyInputEvents('Tab').map((e) => e.type)).toEqual(['keyDown', 'keyUp']);
  });

  it.each(['', 'ab', 'F12', 'Control', 'Escape', '\u0000', '<', 'é́é', 'toString', 'constructor'])(
    'refuses %j, which is no key of the keyboard',
    (key) => {
      expect(isKeyboardKey(key)).toBe(false);
      expect(() => keyInputEvents(key)).toThrow(/not a key/);
    },
  );
});
