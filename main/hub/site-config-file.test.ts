import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HubStartError, startHub } from './start-hub';
import { spawnHub } from './test-support/hub-process';
import { testSiteConfig } from './test-support/site-config';

const dir = mkdtempSync(join(tmpdir(), 'accueil-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const good = JSON.stringify(testSiteConfig, null, 2);
// The second service's prefix made invalid, and a field that does not exist.
const bad = good
  .replace('"prefix": "E"', '"prefix": "e1"')
  .replace('"mode": "walk-in"', '"mode": "walk-in",\n      "colour": "blue"');
const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

describe('the site configuration file', () => {
  it('a bad file is refused with its lines and fields, and the running configuration is kept', async () => {
    const file = join(dir, 'reload.json');
    writeFileSync(file, good);
    const hub = await startHub({
      configFile: file,
      adminPassword: 'x'.repeat(12),
      settings: { port: 0, dataDir: join(dir, 'reload') },
    });
    try {
      expect(hub.configLoad?.status).toBe('applied');
      const running = hub.context.authority.state.config;
      writeFileSync(file, bad);
      const result = hub.reloadConfig();
      expect(result.status).toBe('refused');
      if (result.status !== 'refused') return;
      expect(result.keptRunning).toBe(true);
      expect(result.problems).toContainEqual(
        expect.objectContaining({ field: 'services[1].prefix', line: lineOf(bad, '"e1"') }),
      );
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          field: 'services[0].colour',
          line: lineOf(bad, '"colour"'),
          message: expect.stringMatching(/unknown field/),
        }),
      );
      expect(result.message).toMatch(
        new RegExp(`reload.json:${lineOf(bad, '"e1"')}:\\d+: services\\[1\\]\\.prefix: `),
      );
      expect(hub.context.authority.state.config).toBe(running);

      writeFileSync(file, good.replace('"Mairie de test"', '"Mairie annexe"'));
      expect(hub.reloadConfig().status).toBe('applied');
      expect(hub.context.authority.state.config?.site.name).toBe('Mairie annexe');
      expect(hub.reloadConfig().status).toBe('unchanged');
    } finally {
      await hub.close();
    }
  });

  it('a first start with a bad file is refused', async () => {
    const file = join(dir, 'first.json');
    writeFileSync(file, '{\n  "site": {\n    "id": "x",\n    "name": 3\n  }\n}');
    const start = startHub({
      configFile: file,
      settings: { port: 0, dataDir: join(dir, 'first') },
    });
    await expect(start).rejects.toThrow(HubStartError);
    await expect(start).rejects.toThrow(/first\.json:4:\d+: site\.name: /);
  });

  it('JSON syntax errors name the line', async () => {
    const file = join(dir, 'syntax.json');
    writeFileSync(file, '{\n  "site": {,\n}');
    await expect(
      startHub({ configFile: file, settings: { port: 0, dataDir: join(dir, 'syntax') } }),
    ).rejects.toThrow(/syntax\.json:2:\d+: not valid JSON/);
  });

  it('npm run hub says what is wrong with its arguments and its file', async () => {
    const file = join(dir, 'cli.json');
    writeFileSync(file, bad);
    await expect(spawnHub(['--config', file, '--port', 'eighty'])).rejects.toThrow(
      /exited \(2\)[\s\S]*--port must be a number/,
    );
    await expect(spawnHub(['--config', file, '--colour'])).rejects.toThrow(
      /Unknown option '--colour'/,
    );
    await expect(
      spawnHub(['--config', file, '--port', '0', '--data', join(dir, 'cli')]),
    ).rejects.toThrow(/exited \(1\)[\s\S]*cli\.json:\d+:\d+: services\[1\]\.prefix/);
  });
});
