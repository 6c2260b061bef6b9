import { describe, expect, it } from 'vitest';
import { shortcutAction, type KeyInput } from './shortcuts';

const press = (key: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  code: '',
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...modifiers,
});
const ctrl = { control: true };
const cmd = { meta: true };
const ctrlShift = { control: true, shift: true };

describe('the kiosk shortcut table', () => {
  it.each<[string, KeyInput, string]>([
    ['Alt+F4', press('F4', { alt: true }), 'close the window'],
    ['Ctrl+W', press('w', ctrl), 'close the window'],
    ['Cmd+W', press('w', cmd), 'close the window'],
    ['Cmd+Q', press('q', cmd), 'close the window'],
    ['Ctrl+R', press('r', ctrl), 'reload'],
    ['Ctrl+Shift+R', press('R', ctrlShift), 'reload'],
    ['F5', press('F5'), 'reload'],
    ['Ctrl+F5', press('F5', ctrl), 'reload'],
    ['F11', press('F11'), 'full screen'],
    ['F12', press('F12'), 'developer tools'],
    ['Ctrl+Shift+I', press('I', ctrlShift), 'developer tools'],
    ['Ctrl+Shift+J', press('J', ctrlShift), 'developer tools'],
    ['Ctrl+Shift+C', press('C', ctrlShift), 'developer tools'],
    ['Ctrl+P', press('p', ctrl), 'print'],
    ['Ctrl+O', press('o', ctrl), 'open a file'],
    ['Ctrl+S', press('s', ctrl), 'save the page'],
    ['Ctrl+N', press('n', ctrl), 'new window'],
    ['Ctrl+T', press('t', ctrl), 'new tab'],
    ['Ctrl+Plus', press('+', ctrlShift), 'zoom'],
    ['Ctrl+=', press('=', ctrl), 'zoom'],
    ['Ctrl+Minus', press('-', ctrl), 'zoom'],
    ['Ctrl+numpad plus', press('+', { ...ctrl, code: 'NumpadAdd' }), 'zoom'],
    ['Ctrl+numpad minus', press('-', { ...ctrl, code: 'NumpadSubtract' }), 'zoom'],
    ['Ctrl+0', press('0', ctrl), 'zoom'],
    ['Alt+Left', press('ArrowLeft', { alt: true }), 'history'],
    ['Alt+Right', press('ArrowRight', { alt: true }), 'history'],
    ['the Back key', press('BrowserBack'), 'history'],
    ['Ctrl+U', press('u', ctrl), 'view source'],
    ['F12 released', { ...press('F12'), type: 'keyUp' }, 'developer tools'],
  ])('blocks %s', (_, input, name) => {
    expect(shortcutAction(input)).toEqual({ kind: 'block', name });
  });

  it.each<[string, KeyInput]>([
    ['a letter', press('a')],
    ['a capital', press('A', { shift: true })],
    ['an accented letter', press('é')],
    ['@ (AltGr on French keyboards)', press('@', { control: true, alt: true })],
    ['digits', press('7')],
    ['Enter', press('Enter')],
    ['Backspace', press('Backspace')],
    ['Tab (keyboard navigation)', press('Tab')],
    ['Shift+Tab', press('Tab', { shift: true })],
    ['arrows', press('ArrowLeft')],
    ['Escape', press('Escape')],
    ['a mouse or touch event', { ...press('F12'), type: 'mouseDown' }],
  ])('lets %s through', (_, input) => {
    expect(shortcutAction(input)).toEqual({ kind: 'pass' });
  });

  it('opens the admin screen on Ctrl+Alt+Shift+A only', () => {
    expect(shortcutAction(press('A', { control: true, alt: true, shift: true }))).toEqual({
      kind: 'admin',
    });
    expect(shortcutAction(press('a', { control: true, alt: true }))).toEqual({ kind: 'pass' });
  });
});
