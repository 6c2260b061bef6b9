import { describe, expect, it, vi } from 'vitest';
import { browserChannels } from '../../../shared/ipc/browser-channels';
import { createHandlers } from '../../device-host/handler-table';
import type { PortalLookup } from '../browser/portal-catalogue';
import { browserHandlers, type BrowserPort, type PortalDirectory } from './browser-handlers';

const state = { portalId: 'caf', canGoBack: false, loading: true, zoomPercent: 100 as const };
const portal = {
  id: 'caf',
  names: { fr: 'CAF' },
  icon: 'caf' as const,
  start: 'https://www.caf.fr/',
  origins: ['https://www.caf.fr'],
};

/** Main's list of the site's portals (browser/portal-catalogue.ts reads it from the hub). */
function directory(found: PortalLookup = { ok: true, portal }): PortalDirectory {
  return { find: vi.fn(async () => found) };
}

function port(open = true): BrowserPort {
  return {
    open: vi.fn(async () => ({ ok: true as const, state })),
    go: vi.fn(() => (open ? state : null)),
    zoom: vi.fn(() => (open ? state : null)),
    key: vi.fn(() => open),
    setLayout: vi.fn(() => open),
    end: vi.fn(async () => {}),
  };
}

const handlersOf = (browser: BrowserPort | null, portals: PortalDirectory | null = directory()) =>
  createHandlers(browserChannels, browserHandlers(browser, portals), () => {});

describe('the locked browser’s channels', () => {
  it('open a portal named by its id, as main’s own list describes it; never one the page describes', async () => {
    const browser = port();
    const portals = directory();
    const handlers = handlersOf(browser, portals);
    expect(await handlers['browser:open']({ portalId: 'caf' })).toEqual({ ok: true, value: state });
    expect(portals.find).toHaveBeenCalledWith('caf');
    expect(browser.open).toHaveBeenCalledWith(portal);
    for (const bad of [
      { portal },
      { portalId: 'caf', portal },
      { portalId: 'CAF' },
      { portalId: 'https://evil.example/' },
      { portalId: '' },
      {},
    ])
      expect(await handlers['browser:open'](bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    expect(browser.open).toHaveBeenCalledOnce();
  });

  it('refuse an id the site does not offer, and say unavailable while main has no list', async () => {
    const browser = port();
    const unknown = handlersOf(
      browser,
      directory({ ok: false, code: 'refused', message: 'evil is not one of the site’s portals' }),
    );
    expect(await unknown['browser:open']({ portalId: 'evil' })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
    const noList = handlersOf(
      browser,
      directory({ ok: false, code: 'unavailable', message: 'no list from the hub yet' }),
    );
    expect(await noList['browser:open']({ portalId: 'caf' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(browser.open).not.toHaveBeenCalled();
  });

  it('parse each other request: keys of the keyboard only, a layout in pixels', async () => {
    const browser = port();
    const handlers = handlersOf(browser);
    expect(await handlers['browser:key']({ key: 'é' })).toEqual({
      ok: true,
      value: { typed: true },
    });
    for (const key of ['F12', 'ab', '', 'Control'])
      expect(await handlers['browser:key']({ key })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    expect(browser.key).toHaveBeenCalledTimes(1);
    expect(await handlers['browser:layout']({ top: -1, bottom: 0 })).toMatchObject({ ok: false });
  });

  it('answer not-open when no portal is open, and end answers anyway', async () => {
    const handlers = handlersOf(port(false));
    expect(await handlers['browser:go']({ to: 'back' })).toMatchObject({
      ok: false,
      error: { code: 'not-open' },
    });
    expect(await handlers['browser:zoom']({ step: 'larger' })).toMatchObject({
      ok: false,
      error: { code: 'not-open' },
    });
    expect(await handlers['browser:end']({})).toEqual({ ok: true, value: { ended: true } });
  });

  it('answer unavailable outside the kiosk', async () => {
    const handlers = handlersOf(null, null);
    expect(await handlers['browser:open']({ portalId: 'caf' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(await handlers['browser:end']({})).toEqual({ ok: true, value: { ended: true } });
  });
});
