import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from './conf-store';
import { DeviceConfigService } from './device-config-service';

let dir: string;
const at = Date.UTC(2026, 3, 7, 8, 0);
const file = () => join(dir, 'device.json');
const service = () =>
  new DeviceConfigService(openConfStore({ cwd: dir, configName: 'device' }), () => at);
const write = (value: unknown) =>
  writeFileSync(file(), typeof value === 'string' ? value : JSON.stringify(value));
const kiosk = { mode: 'kiosk', hub: { url: 'https://accueil.mairie.test:8443' } } as const;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accueil-device-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the device configuration (conf)', () => {
  it('opens the setup screen on a first run, then keeps what was saved, with defaults', () => {
    expect(service().load()).toMatchObject({ kind: 'setup', reason: 'first-run' });
    expect(service().save(kiosk)).toMatchObject({ ok: true });
    const loaded = service().load();
    expect(loaded).toMatchObject({
      kind: 'ready',
      migratedFrom: null,
      config: {
        version: 2,
        mode: 'kiosk',
        language: 'fr',
        printer: null,
        pinAttempts: { failures: 0 },
      },
    });
    // Readable by its user only: it holds the device token and the PIN hash.
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('migrates a version 1 file and writes it back in version 2', () => {
    const fingerprint = 'ab'.repeat(32);
    write({
      version: 1,
      mode: 'display',
      hubUrl: 'https://accueil.mairie.test',
      hubFingerprint: fingerprint,
    });
    const loaded = service().load();
    expect(loaded).toMatchObject({
      kind: 'ready',
      migratedFrom: 1,
      config: {
        version: 2,
        mode: 'display',
        hub: { url: 'https://accueil.mairie.test', fingerprint: 'AB:'.repeat(31) + 'AB' },
      },
    });
    const stored = JSON.parse(readFileSync(file(), 'utf8'));
    expect(stored).toMatchObject({ version: 2, hub: { url: 'https://accueil.mairie.test' } });
    expect(stored).not.toHaveProperty('hubUrl');
  });

  it('keeps a corrupt file aside, byte for byte, and opens the setup screen', () => {
    write('{"version": 2, "mode": "kio');
    const loaded = service().load();
    expect(loaded).toMatchObject({ kind: 'setup', reason: 'corrupt' });
    const keptAs = loaded.kind === 'setup' ? loaded.keptAs : undefined;
    expect(keptAs).toBe(join(dir, 'device.json.corrupt-2026-04-07T08-00-00-000Z'));
    expect(readFileSync(keptAs!, 'utf8')).toBe('{"version": 2, "mode": "kio');
    expect(existsSync(file())).toBe(false);
    // The setup screen can then save a new one.
    expect(service().save(kiosk)).toMatchObject({ ok: true });
  });

  it.each([
    [
      'an unknown mode',
      { version: 2, mode: 'tv', hub: { url: 'https://a.test' } },
      'invalid',
      /mode/,
    ],
    [
      'plain http to another machine',
      { version: 2, mode: 'kiosk', hub: { url: 'http://10.0.0.5' } },
      'invalid',
      /https/,
    ],
    ['an unknown field', { version: 2, ...kiosk, colour: 'red' }, 'invalid', /colour/],
    ['no version', { ...kiosk }, 'invalid', /version/],
    ['a newer version', { version: 9, ...kiosk }, 'newer', /update the app/],
    ['an array', [1, 2], 'invalid', /object/],
  ])('refuses %s, keeps it aside and opens the setup screen', (_, value, reason, message) => {
    write(value);
    const loaded = service().load();
    expect(loaded).toMatchObject({ kind: 'setup', reason, message });
    expect(readdirSync(dir).some((name) => name.startsWith('device.json.corrupt-'))).toBe(true);
  });

  it('refuses to save what fails the schema, and writes nothing', () => {
    const config = service();
    expect(config.save(kiosk)).toMatchObject({ ok: true });
    const before = readFileSync(file(), 'utf8');
    expect(config.save({ ...kiosk, hub: { url: 'https://x.test/path' } })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/hub\.url: give the hub as an origin/),
    });
    expect(config.update((c) => ({ ...c, hub: { ...c.hub, fingerprint: 'AB:CD' } }))).toMatchObject(
      {
        ok: false,
        message: expect.stringMatching(/fingerprint/),
      },
    );
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect(config.update((c) => ({ ...c, language: 'ar' }))).toMatchObject({
      ok: true,
      config: { language: 'ar' },
    });
  });
});
