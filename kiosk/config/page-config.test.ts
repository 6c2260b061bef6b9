import { describe, expect, it } from 'vitest';
import { configFromAddress, loadPageConfig, storageKey, type StorageLike } from './page-config';

const origin = 'http://127.0.0.1:8080';
const token = 'kiosk-token-0123456789abcdef';
const deviceToken = 'device-token-0123456789';

function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('configFromAddress', () => {
  it('reads the hub (the page’s origin by default), token and device host from the fragment', () => {
    const hash = `#token=${token}&devices=${encodeURIComponent('http://127.0.0.1:9001')}&deviceToken=${deviceToken}&town=Issy`;
    const result = configFromAddress(hash, '', origin);
    expect(result).toMatchObject({
      ok: true,
      config: {
        hub: { baseUrl: origin, token },
        devices: { url: 'http://127.0.0.1:9001', token: deviceToken },
        townName: 'Issy',
        idleMs: 90_000,
        warningMs: 30_000,
      },
    });
  });

  it('never lets the idle warning last under 20 seconds', () => {
    const result = configFromAddress(`#token=${token}&idle=10&warning=3`, '', origin);
    expect(result.ok && result.config.warningMs).toBe(20_000);
    expect(result.ok && result.config.idleMs).toBe(10_000);
  });

  it('refuses a device host off loopback and a malformed token, saying why', () => {
    const remote = configFromAddress(
      `#token=${token}&devices=${encodeURIComponent('http://10.0.0.9:9001')}&deviceToken=${deviceToken}`,
      '',
      origin,
    );
    expect(remote).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringContaining('loopback'),
    });
    expect(configFromAddress('#token=short', '', origin)).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringContaining('hub.token'),
    });
    expect(configFromAddress(`#token=${token}&portals=ants,../etc`, '', origin)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it("narrows the site's portals by portals=, and offers them all without it", () => {
    expect(configFromAddress(`#token=${token}&portals=ants,caf`, '', origin)).toMatchObject({
      ok: true,
      config: { portals: ['ants', 'caf'] },
    });
    expect(configFromAddress(`#token=${token}`, '', origin)).toMatchObject({
      ok: true,
      config: { portals: null },
    });
  });

  it('reads the public origin of the ticket status page, and refuses anything else', () => {
    const result = configFromAddress(
      `#token=${token}&status=${encodeURIComponent('https://accueil.ville.example.fr/')}`,
      '',
      origin,
    );
    expect(result).toMatchObject({
      ok: true,
      config: { statusBase: 'https://accueil.ville.example.fr' },
    });
    const without = configFromAddress(`#token=${token}`, '', origin);
    expect(without.ok && without.config).not.toHaveProperty('statusBase');
    for (const bad of ['mailto:a@b.fr', 'https://ville.example.fr/accueil'])
      expect(
        configFromAddress(`#token=${token}&status=${encodeURIComponent(bad)}`, '', origin),
      ).toMatchObject({
        ok: false,
        reason: 'invalid',
        message: expect.stringContaining('statusBase'),
      });
  });

  it('says "absent" when the page has no token', () => {
    expect(configFromAddress('', '', origin)).toMatchObject({ ok: false, reason: 'absent' });
  });
});

describe('loadPageConfig', () => {
  it('keeps what the address gave for the next load (a reload), and only in the given storage', () => {
    const storage = memoryStorage();
    const first = loadPageConfig({ hash: `#token=${token}`, search: '', origin }, storage);
    expect(first).toMatchObject({ ok: true, fromAddress: true });
    expect(storage.items.has(storageKey)).toBe(true);
    const reload = loadPageConfig({ hash: '', search: '', origin }, storage);
    expect(reload).toMatchObject({ ok: true, fromAddress: false, config: { hub: { token } } });
  });

  it('loads a configuration kept before the status page option existed', () => {
    const storage = memoryStorage();
    loadPageConfig({ hash: `#token=${token}`, search: '', origin }, storage);
    const kept = JSON.parse(storage.items.get(storageKey) ?? '{}') as Record<string, unknown>;
    delete kept.statusBase;
    storage.setItem(storageKey, JSON.stringify(kept));
    expect(loadPageConfig({ hash: '', search: '', origin }, storage)).toMatchObject({ ok: true });
  });

  it('treats a damaged stored entry as none', () => {
    const storage = memoryStorage();
    storage.setItem(storageKey, '{"hub":');
    expect(loadPageConfig({ hash: '', search: '', origin }, storage)).toMatchObject({
      ok: false,
      reason: 'absent',
    });
  });
});
