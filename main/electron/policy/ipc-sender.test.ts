import { describe, expect, it } from 'vitest';
import { checkSender, type SenderFacts, type SenderRules } from './ipc-sender';

const rules: SenderRules = {
  appOrigin: 'app://accueil',
  windows: new Map([
    [1, 'kiosk'],
    [2, 'display'],
  ]),
};
const kiosk: SenderFacts = {
  webContentsId: 1,
  frameUrl: 'app://accueil/kiosk/index.html#token=x',
  isMainFrame: true,
};

describe('the IPC sender check', () => {
  it("answers the main frame of an app window showing the app's own page", () => {
    expect(checkSender(kiosk, rules)).toEqual({ ok: true, mode: 'kiosk' });
    expect(checkSender({ ...kiosk, webContentsId: 2 }, rules)).toEqual({
      ok: true,
      mode: 'display',
    });
  });

  it.each<[string, Partial<SenderFacts>, Partial<SenderRules>, RegExp]>([
    ['a window the app did not open', { webContentsId: 9 }, {}, /not an app window/],
    ['a sub-frame', { isMainFrame: false }, {}, /sub-frame/],
    ['a frame that is gone', { frameUrl: undefined }, {}, /gone/],
    ['a page of the hub', { frameUrl: 'https://hub.local/kiosk/' }, {}, /https:\/\/hub\.local/],
    ['a file: page', { frameUrl: 'file:///opt/accueil/kiosk/index.html' }, {}, /file:/],
    ['a look-alike app host', { frameUrl: 'app://accueil.evil/kiosk/' }, {}, /accueil\.evil/],
    ['a data: page', { frameUrl: 'data:text/html,hi' }, {}, /data:/],
    ['a garbled URL', { frameUrl: 'not a url' }, {}, /parsable/],
    ['a mode the channel does not serve', {}, { modes: ['counter'] }, /kiosk window may not/],
  ])('refuses %s', (_, facts, extra, reason) => {
    const verdict = checkSender({ ...kiosk, ...facts }, { ...rules, ...extra });
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(reason);
  });
});
