import { describe, expect, it } from 'vitest';
import { loadDisplayConfig, storageKey } from './page-config';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const origin = 'https://hub.mairie.local:8443';
const token = 'display-token-0123456789';

describe('loadDisplayConfig', () => {
  it('reads the token and options from the fragment, and keeps them for a reload', () => {
    const storage = new MemoryStorage();
    const first = loadDisplayConfig(
      { hash: `#token=${token}&voice=hub&sound=on`, origin },
      storage,
    );
    expect(first).toEqual({
      ok: true,
      fromAddress: true,
      config: { hub: { baseUrl: origin, token }, voice: 'hub', autoplay: true },
    });
    expect(storage.items.has(storageKey)).toBe(true);
    expect(loadDisplayConfig({ hash: '', origin }, storage)).toMatchObject({
      ok: true,
      fromAddress: false,
      config: { voice: 'hub' },
    });
  });

  it('says what is wrong with a bad address', () => {
    const storage = new MemoryStorage();
    expect(loadDisplayConfig({ hash: '', origin }, storage)).toMatchObject({
      ok: false,
      message: expect.stringContaining('no token='),
    });
    expect(loadDisplayConfig({ hash: '#token=short', origin }, storage)).toMatchObject({
      ok: false,
      message: expect.stringContaining('a device token'),
    });
    expect(
      loadDisplayConfig({ hash: `#token=${token}&voice=robot`, origin }, storage),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('voice'),
    });
  });
});
