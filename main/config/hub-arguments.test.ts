import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHubArguments } from './hub-arguments';

const dir = mkdtempSync(join(tmpdir(), 'accueil-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseHubArguments', () => {
  it('reads options into hub settings, command line over settings file', () => {
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ port: 9000, retentionDays: 10 }));
    const parsed = parseHubArguments(
      [
        '--config',
        'site.json',
        '--settings',
        settings,
        '--port',
        '8443',
        '--host',
        '0.0.0.0',
        '--cert',
        'c.pem',
        '--key',
        'k.pem',
      ],
      { ACCUEIL_ADMIN_PASSWORD: 'secret' },
    );
    expect(parsed).toMatchObject({
      kind: 'run',
      value: {
        configFile: resolve('site.json'),
        settings: {
          port: 8443,
          retentionDays: 10,
          host: '0.0.0.0',
          tls: { cert: resolve('c.pem'), key: resolve('k.pem') },
        },
        allowInsecureLan: false,
        adminPassword: 'secret',
      },
    });
  });

  it('serves dist/web unless told otherwise, and takes device host origins', () => {
    const parsed = parseHubArguments(
      ['--config', 's.json', '--device-host', 'http://127.0.0.1:8090', '--web', 'public/web'],
      {},
    );
    expect(parsed).toMatchObject({
      kind: 'run',
      value: {
        webDir: resolve('public/web'),
        settings: { deviceHostOrigins: ['http://127.0.0.1:8090'] },
      },
    });
    const plain = parseHubArguments(['--config', 's.json'], {});
    expect(plain).toMatchObject({ kind: 'run', value: { webDir: resolve('dist/web') } });
  });

  it('says what is wrong', () => {
    const error = (argv: string[]) => {
      const parsed = parseHubArguments(argv, {});
      return parsed.kind === 'error' ? parsed.message : parsed.kind;
    };
    expect(error([])).toMatch(/--config FILE is required/);
    expect(error(['--config', 'x', '--port', '70000'])).toMatch(/--port must be a number/);
    expect(error(['--config', 'x', '--cert', 'c'])).toMatch(/--cert and --key go together/);
    expect(error(['--config', 'x', 'extra'])).toMatch(/Unexpected argument 'extra'/);
    expect(error(['--help'])).toBe('help');
    const settings = join(dir, 'bad-settings.json');
    writeFileSync(settings, '{\n  "port": "80"\n}');
    expect(error(['--config', 'x', '--settings', settings])).toMatch(
      /bad-settings\.json:2:\d+: port: /,
    );
  });
});
