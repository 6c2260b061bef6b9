import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hardenSession } from './harden-session';
import { resetElectronMock, session } from './test-support/electron-mock';
import { electronPermissions as permissions } from './test-support/electron-permissions';

vi.mock('electron', () => import('./test-support/electron-mock'));

let logged: string[];
beforeEach(() => {
  resetElectronMock();
  logged = [];
  hardenSession(session.defaultSession as unknown as Session, {
    pin: null,
    clock: () => Date.now(),
    log: (m) => logged.push(m),
  });
});

describe('the shared session', () => {
  it.each(permissions)('denies %s, on request and on check', async (permission) => {
    const ses = session.defaultSession;
    expect(await ses.requestPermission(permission, 'app://accueil/kiosk/')).toBe(false);
    expect(ses.checkPermission(permission, 'app://accueil')).toBe(false);
  });

  it('grants no device (USB, HID, serial) and cancels every download', () => {
    const ses = session.defaultSession;
    expect(ses.devicePermissionHandler?.({} as never)).toBe(false);
    const download = ses.fire('will-download', { getURL: () => 'https://evil.example/x.exe' }, {});
    expect(download.defaultPrevented).toBe(true);
    expect(logged.at(-1)).toMatch(/download refused/);
  });

  it("leaves other hosts' certificates to Chromium (-3) when no pin is configured", async () => {
    const proc = session.defaultSession.certificateVerifyProc;
    const result = await new Promise<number>((resolve) =>
      proc?.({ hostname: 'accueil.mairie.test', certificate: { data: 'x' } } as never, resolve),
    );
    expect(result).toBe(-3);
  });
});
