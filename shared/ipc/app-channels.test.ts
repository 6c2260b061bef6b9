import { describe, expect, it } from 'vitest';
import { appChannelNames, appChannels, isAppChannel } from './app-channels';
import { demoChannelNames, deviceChannelNames, deviceEventNames } from './device-api';
import { commonErrorCodes, transportErrorCodes } from './envelope';

describe('the app channels', () => {
  it('are named domain:action, apart from every device channel and event', () => {
    const all = [
      ...appChannelNames,
      ...deviceChannelNames,
      ...demoChannelNames,
      ...deviceEventNames,
    ];
    for (const name of appChannelNames) expect(name).toMatch(/^[a-z]+:[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(all).size).toBe(all.length);
    expect(isAppChannel('admin:unlock')).toBe(true);
    expect(isAppChannel('printer:status')).toBe(false);
    expect(isAppChannel('hasOwnProperty')).toBe(false);
  });

  it('keep their own error codes apart from the common and transport ones', () => {
    const shared = new Set<string>([...commonErrorCodes, ...transportErrorCodes]);
    for (const spec of Object.values(appChannels))
      for (const code of spec.errors) expect(shared.has(code)).toBe(false);
  });

  it('take a PIN of digits only, strictly', () => {
    const unlock = appChannels['admin:unlock'].request;
    expect(unlock.safeParse({ pin: '482913' }).success).toBe(true);
    for (const bad of [
      { pin: '4829' },
      { pin: '48291a' },
      { pin: 482913 },
      { pin: '482913', admin: true },
      {},
    ])
      expect(unlock.safeParse(bad).success).toBe(false);
  });
});
