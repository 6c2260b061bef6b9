import { describe, expect, it, vi } from 'vitest';
import { browserChannels } from '../../../shared/ipc/browser-channels';
import { createHandlers } from '../../device-host/handler-table';
import { browserHandlers, type BrowserPort } from './browser-handlers';

const state = { portalId: 'caf', canGoBack: false, loading: true, zoomPercent: 100 as const };
const portal = {
  id: 'caf',
  names: { fr: 'CAF' },
  start: 'https://www.caf.fr/',
  origins: ['https://www.caf.fr'],
};

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

const handlersOf = (browser: BrowserPort | null) =>
  createHandlers(browserChannels, browserHandlers(browser), () => {});

describe('the locked browser’s channels', () => {
  it('parse each request: a portal by the site schema, keys of the keyboard only', async () => {
    const browser = port();
    const handlers = handlersOf(browser);
    expect(await handlers['browser:open']({ portal })).toEqual({ ok: true, value: state });
    expect(browser.open).toHaveBeenCalledWith({ ...portal, icon: 'generic' });
    for (const bad of [
      { portal: { ...portal, origins: ['http://www.caf.fr'] } },
      { portal: { ...portal, start: 'https://evil.example/' } },
      { portal, extra: true },
    ])
      expect(await handlers['browser:open'](bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
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
    const handlers = handlersOf(null);
    expect(await handlers['browser:open']({ portal })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(await handlers['browser:end']({})).toEqual({ ok: true, value: { ended: true } });
  });
});
