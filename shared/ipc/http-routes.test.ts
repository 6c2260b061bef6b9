import { describe, expect, it } from 'vitest';
import { deviceHostLinkParams, parseDeviceHostLink } from './http-routes';

const token = 'AbC_dEf-0123456789';

describe('device host links', () => {
  it('round-trips through the page address', () => {
    for (const url of ['http://127.0.0.1:43117', 'http://[::1]:8000', 'http://localhost:9'])
      expect(parseDeviceHostLink(`#${deviceHostLinkParams({ url, token })}`)).toEqual({
        ok: true,
        link: { url, token },
      });
  });

  it('takes the first source that names a device host', () => {
    const first = `#${deviceHostLinkParams({ url: 'http://127.0.0.1:1', token })}`;
    const second = `?${deviceHostLinkParams({ url: 'http://127.0.0.1:2', token })}`;
    expect(parseDeviceHostLink('', first, second)).toMatchObject({
      link: { url: 'http://127.0.0.1:1' },
    });
  });

  it('refuses anything but plain http on loopback', () => {
    for (const url of [
      'https://127.0.0.1:1',
      'http://10.0.0.5:80',
      'http://127.0.0.1.evil.example',
      'http://localhost@evil.example',
      'http://127.0.0.1:80/path',
      'javascript:alert(1)',
    ])
      expect(
        parseDeviceHostLink(`devices=${encodeURIComponent(url)}&deviceToken=${token}`),
      ).toMatchObject({
        ok: false,
        reason: 'invalid',
      });
  });

  it('needs a well-formed token, and survives malformed escapes', () => {
    expect(
      parseDeviceHostLink('devices=http%3A%2F%2F127.0.0.1%3A1&deviceToken=short'),
    ).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(parseDeviceHostLink('devices=%E0%A4%A&deviceToken=x')).toMatchObject({
      ok: false,
      reason: 'absent',
    });
  });
});
