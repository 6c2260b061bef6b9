import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutActions, shortcutFor, shortcutKeys } from './shortcuts';

const press = (key: string, target: unknown = { tagName: 'BODY' }, extra = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...extra,
});

describe('console shortcuts', () => {
  it('gives every action its own key', () => {
    const keys = shortcutActions.map((action) => shortcutKeys[action]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads a key in either case, and "?" as help', () => {
    expect(shortcutFor(press('s'))).toBe('callNext');
    expect(shortcutFor(press('S'))).toBe('callNext');
    expect(shortcutFor(press('f'))).toBe('finish');
    expect(shortcutFor(press('e'))).toBe('complaint');
    expect(shortcutFor(press('E'))).toBe('complaint');
    expect(shortcutFor(press('?'))).toBe('help');
    expect(shortcutFor(press('z'))).toBeNull();
  });

  it('leaves keys with a modifier, held-down repeats and open dialogs alone', () => {
    expect(shortcutFor(press('s', undefined, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('s', undefined, { altKey: true }))).toBeNull();
    expect(shortcutFor(press('s', undefined, { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('s', undefined, { repeat: true }))).toBeNull();
    expect(shortcutFor(press('s'), true)).toBeNull();
    const inDialog = { tagName: 'BUTTON', closest: (s: string) => (s === 'dialog' ? {} : null) };
    expect(shortcutFor(press('s', inDialog))).toBeNull();
  });

  it('never takes a key from a field being typed in', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'INPUT' },
      { tagName: 'input', type: 'password' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(isTypingTarget(target)).toBe(true);
      expect(shortcutFor(press('s', target))).toBeNull();
    }
    // A checkbox or a radio button does not take letters: the shortcut works there.
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(shortcutFor(press('s', { tagName: 'INPUT', type: 'radio' }))).toBe('callNext');
    expect(isTypingTarget(null)).toBe(false);
  });
});
