import { describe, expect, it } from 'vitest';
import { deviceHostLinkParams } from '../../../shared/ipc/http-routes';
import { selectDeviceBridge } from './select-device-bridge';

const link = { url: 'http://127.0.0.1:43117', token: 'tok_0123456789abcdef' };
const preload = { invoke: () => Promise.resolve(null), on: () => () => {} };

describe('selectDeviceBridge', () => {
  it("takes Electron's preload first, whatever the address says", () => {
    expect(selectDeviceBridge({ preload, hash: `#${deviceHostLinkParams(link)}` })).toEqual({
      kind: 'ipc',
      api: preload,
    });
  });

  it('ignores a preload global that is not the device API', () => {
    expect(selectDeviceBridge({ preload: { invoke: 'nope' } }).kind).toBe('none');
  });

  it('reads the device host from the fragment or the query string', () => {
    expect(selectDeviceBridge({ hash: `#${deviceHostLinkParams(link)}` })).toEqual({
      kind: 'http',
      link,
    });
    expect(selectDeviceBridge({ search: `?lang=ar&${deviceHostLinkParams(link)}` })).toEqual({
      kind: 'http',
      link,
    });
  });

  it('prefers the link from the page configuration', () => {
    const configured = { url: 'http://[::1]:5000', token: 'another_token_0123' };
    expect(
      selectDeviceBridge({ link: configured, hash: `#${deviceHostLinkParams(link)}` }),
    ).toEqual({
      kind: 'http',
      link: configured,
    });
  });

  it('refuses a device host off loopback or without its token, and says why', () => {
    const remote = selectDeviceBridge({
      hash: `#${deviceHostLinkParams({ url: 'http://printer.evil.example:80', token: link.token })}`,
    });
    expect(remote).toMatchObject({ kind: 'none' });
    expect(remote.kind === 'none' && remote.reason).toContain('loopback');
    const tokenless = selectDeviceBridge({ search: `?devices=${encodeURIComponent(link.url)}` });
    expect(tokenless.kind === 'none' && tokenless.reason).toContain('token');
    expect(
      selectDeviceBridge({ link: { url: 'https://127.0.0.1:1', token: link.token } }).kind,
    ).toBe('none');
  });

  it('falls back to no devices, saying so', () => {
    const none = selectDeviceBridge({ hash: '', search: '?kiosk=1' });
    expect(none).toMatchObject({ kind: 'none' });
    expect(none.kind === 'none' && none.reason).toContain('printing and scanning are off');
  });
});
