import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from '../config/conf-store';
import { DeviceConfigService } from '../config/device-config-service';
import { fingerprintOfPem } from '../policy/certificate-pin';
import { hasOpenssl, makeTestCertificates } from '../test-support/test-certificates';
import { provisionArgument, provisioningDirs } from './provisioning-dirs';
import { provisionAtStart } from './provision-at-start';
import { lineOfField, parseProvisioningFile } from './provisioning-file';

const at = Date.UTC(2026, 3, 7, 6, 0);
const fingerprint = 'AB:'.repeat(31) + 'AB';
const valid = {
  version: 1,
  mode: 'kiosk',
  hubUrl: 'https://accueil.mairie.test:8443',
  hubFingerprint: fingerprint.toLowerCase(),
  enrolmentCode: 'K7P-2QX-9MD',
  label: 'Borne hall 1',
  language: 'fr',
  updateChannel: 'beta',
};
const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

let dir: string;
const service = () =>
  new DeviceConfigService(
    openConfStore({ cwd: join(dir, 'data'), configName: 'device' }),
    () => at,
  );
const logs: string[] = [];
const options = (file: string | null, dirs: string[] = []) => ({
  file,
  dirs,
  clock: () => at,
  log: (message: string) => logs.push(message),
});
const drop = (name: string, content: string, folder = join(dir, 'drop')) => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), content);
  return join(folder, name);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accueil-provisioning-'));
  logs.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a provisioning file', () => {
  it('accepts a valid file and normalises the fingerprint', () => {
    const parsed = parseProvisioningFile(text(valid));
    expect(parsed).toMatchObject({
      ok: true,
      fingerprint,
      file: { mode: 'kiosk', language: 'fr' },
    });
  });

  it.each([
    ['hubUrl', { hubUrl: 'http://accueil.mairie.test' }, /https only/],
    ['hubUrl', { hubUrl: 'https://accueil.mairie.test/accueil' }, /no path/],
    ['mode', { mode: 'borne' }, /one of kiosk, counter, display/],
    ['language', { language: 'de' }, /one of fr, en, es, ar, pt, uk/],
    ['hubFingerprint', { hubFingerprint: 'AB:CD' }, /32 hex pairs/],
    ['updateChannel', { updateChannel: 'nightly' }, /one of latest, beta/],
    ['updateUrl', { updateUrl: 'http://updates.mairie.test/' }, /https/],
    ['version', { version: 2 }, /"version": 1/],
  ])('refuses a bad %s, naming its line', (field, change, message) => {
    const content = text({ ...valid, ...change });
    const parsed = parseProvisioningFile(content);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const line = content.split('\n').findIndex((l) => l.includes(`"${field}"`)) + 1;
    expect(parsed.problems).toEqual([{ field, line, message: expect.stringMatching(message) }]);
  });

  it('names a misspelt field, a missing pin, and broken JSON with its line', () => {
    const typo = parseProvisioningFile(text({ ...valid, lable: 'x' }));
    expect(typo).toMatchObject({
      ok: false,
      problems: [{ field: 'lable', line: 10, message: /unknown field lable/ }],
    });
    const { hubFingerprint: _pin, ...unpinned } = valid;
    expect(parseProvisioningFile(text(unpinned))).toMatchObject({
      ok: false,
      problems: [{ field: 'hubFingerprint', message: /pinned: give hubFingerprint/ }],
    });
    const broken = '{\n  "version": 1,\n  "mode": "kiosk"\n  "hubUrl": "https://x"\n}';
    expect(parseProvisioningFile(broken)).toMatchObject({
      ok: false,
      problems: [{ field: '', line: 4, message: /not valid JSON/ }],
    });
  });

  it('finds nested fields line by line', () => {
    const content = text({ ...valid, printer: { kind: 'x', port: 3 } });
    expect(lineOfField(content, ['printer', 'port'])).toBe(
      content.split('\n').findIndex((l) => l.includes('"port"')) + 1,
    );
  });

  it.skipIf(!hasOpenssl)("takes the site CA's PEM and pins its fingerprint", () => {
    const certificates = makeTestCertificates('accueil.mairie.test');
    const { hubFingerprint: _pin, ...rest } = valid;
    const parsed = parseProvisioningFile(text({ ...rest, hubCertificatePem: certificates.siteCa }));
    expect(parsed).toMatchObject({ ok: true, fingerprint: fingerprintOfPem(certificates.siteCa) });
    expect(
      parseProvisioningFile(text({ ...valid, hubCertificatePem: certificates.siteCa })),
    ).toMatchObject({
      ok: false,
      problems: [{ field: 'hubCertificatePem', message: /not both/ }],
    });
  });
});

describe('applying it at start', () => {
  it('applies --provision FILE once into the device configuration, then keeps it as .applied without its code', () => {
    const path = drop('borne.json', text(valid), join(dir, 'usb'));
    expect(provisionAtStart(service(), options(path))).toEqual({
      kind: 'applied',
      path,
      keptAs: `${path}.applied`,
    });
    const loaded = service().load();
    expect(loaded).toMatchObject({
      kind: 'ready',
      config: {
        mode: 'kiosk',
        hub: { url: 'https://accueil.mairie.test:8443', fingerprint },
        label: 'Borne hall 1',
        enrolmentCode: 'K7P-2QX-9MD',
        updates: { channel: 'beta' },
        provisionedFrom: { appliedAt: at },
      },
    });
    expect(existsSync(path)).toBe(false);
    const kept = readFileSync(`${path}.applied`, 'utf8');
    expect(kept).not.toContain('K7P-2QX-9MD');
    expect(kept).toContain('"enrolmentCode": "(consumed)"');
    // The next start: nothing to apply.
    expect(provisionAtStart(service(), options(null, [join(dir, 'usb')]))).toEqual({
      kind: 'none',
    });
  });

  it('changes nothing for a bad file and says where it is wrong', () => {
    expect(
      service().save({ mode: 'counter', hub: { url: 'https://old.mairie.test' } }),
    ).toMatchObject({ ok: true });
    const before = readFileSync(join(dir, 'data', 'device.json'), 'utf8');
    const path = drop('borne.json', text({ ...valid, hubUrl: 'http://accueil.mairie.test' }));
    const outcome = provisionAtStart(service(), options(null, [join(dir, 'drop')]));
    expect(outcome).toEqual({
      kind: 'refused',
      path,
      message: `${path}:4: hubUrl: give the hub as https://host[:port] (https only, no path)`,
    });
    expect(readFileSync(join(dir, 'data', 'device.json'), 'utf8')).toBe(before);
    expect(existsSync(path)).toBe(true);
    expect(logs.join('\n')).toContain('nothing changed');
  });

  it('keeps what the device has of its own, and drops the token of an earlier hub', () => {
    expect(
      service().save({
        mode: 'counter',
        hub: { url: 'https://old.mairie.test' },
        deviceToken: 'x'.repeat(32),
        screenIndex: 1,
        hideCursor: true,
      }),
    ).toMatchObject({ ok: true });
    provisionAtStart(service(), options(drop('a.json', text(valid))));
    const loaded = service().load();
    expect(loaded.kind === 'ready' && loaded.config).toMatchObject({
      mode: 'kiosk',
      screenIndex: 1,
      hideCursor: true,
    });
    expect(loaded.kind === 'ready' && loaded.config.deviceToken).toBeUndefined();
  });

  it('never applies the same file twice (a shortcut that always passes --provision, a read-only folder)', () => {
    const first = drop('a.json', text(valid), join(dir, 'usb'));
    expect(provisionAtStart(service(), options(first)).kind).toBe('applied');
    // The device enrols: its code is exchanged for a token.
    const enrolled = service();
    enrolled.load();
    expect(
      enrolled.update(({ enrolmentCode: _code, ...config }) => ({
        ...config,
        deviceToken: 't'.repeat(32),
      })),
    ).toMatchObject({ ok: true });
    const again = drop('a.json', text(valid), join(dir, 'usb'));
    expect(provisionAtStart(service(), options(again))).toEqual({
      kind: 'already-applied',
      path: again,
    });
    const loaded = service().load();
    expect(loaded.kind === 'ready' && loaded.config.deviceToken).toBe('t'.repeat(32));
    // A changed file is applied.
    drop('a.json', text({ ...valid, label: 'Borne hall 2' }), join(dir, 'usb'));
    expect(provisionAtStart(service(), options(again)).kind).toBe('applied');
  });

  it('says so when the file named by --provision cannot be read', () => {
    expect(provisionAtStart(service(), options(join(dir, 'missing.json')))).toMatchObject({
      kind: 'refused',
      message: /cannot be read .* check the path/,
    });
  });
});

describe('where provisioning files are looked for', () => {
  it('per OS, and from the command line', () => {
    expect(provisioningDirs('linux', '/home/accueil/.config/Accueil', {})).toEqual([
      '/etc/accueil/provisioning',
      '/home/accueil/.config/Accueil/provisioning',
    ]);
    expect(
      provisioningDirs('win32', 'C:/Users/accueil/AppData/Roaming/Accueil', {
        ProgramData: 'D:/ProgramData',
      })[0],
    ).toBe(join('D:/ProgramData', 'Accueil', 'provisioning'));
    expect(provisionArgument(['accueil', '--provision', '/media/usb/borne.json'])).toBe(
      '/media/usb/borne.json',
    );
    expect(provisionArgument(['accueil', '--provision=/tmp/a.json'])).toBe('/tmp/a.json');
    expect(provisionArgument(['accueil', '--no-first-run'])).toBeNull();
  });
});
