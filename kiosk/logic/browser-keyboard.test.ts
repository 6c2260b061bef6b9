import { describe, expect, it } from 'vitest';
import { isKeyboardKey } from '../../shared/ipc/browser-keys';
import { editingRow, keyboardRows } from './browser-keyboard';

describe('the locked browser’s on-screen keyboard', () => {
  it('is AZERTY with digits, accented letters and @, in capitals too', () => {
    const keys = (capitals: boolean) =>
      keyboardRows(capitals)
        .flat()
        .map((k) => k.send);
    expect(
      keyboardRows(false)[1]
        ?.map((k) => k.send)
        .join(''),
    ).toBe('azertyuiop');
    expect(keys(false)).toEqual(expect.arrayContaining(['é', 'è', 'à', 'ç', 'ù', '@', '0', '9']));
    expect(keys(true)).toEqual(expect.arrayContaining(['É', 'À', 'Ç', 'Œ', 'A', '@', '1']));
  });

  it('sends only keys the browser:key channel accepts', () => {
    for (const capitals of [false, true])
      for (const key of keyboardRows(capitals).flat())
        expect(isKeyboardKey(key.send), key.send).toBe(true);
    for (const key of editingRow) expect(isKeyboardKey(key)).toBe(true);
  });
});
