import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run device-host` as IT runs it: a real process, a real configuration file.

const dir = mkdtempSync(join(tmpdir(), 'device-host-cli-'));

function run(config: string, until: RegExp): Promise<{ code: number | null; output: string }> {
  const file = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, config);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/cli/device-host.ts', '--config', file],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let stopping = false;
  return new Promise((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // Once: a second SIGTERM, from a status line printed while the host closes (a slow,
      // loaded machine), would find no handler and kill it before it exits with 0.
      if (stopping || !until.test(output)) return;
      stopping = true;
      child.kill('SIGTERM');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run device-host', () => {
  it('refuses a bad file with the line and field at fault', async () => {
    const { code, output } = await run(
      '{\n  "printer": { "kind": "laser" },\n  "allowedOrigins": []\n}\n',
      /$^/,
    );
    expect(code).toBe(2);
    expect(output).toContain(':2:');
    expect(output).toContain('printer.kind');
    expect(output).toContain('allowedOrigins');
  });

  it('serves the configured devices and prints the kiosk address parameters', async () => {
    const config = JSON.stringify({
      printer: { kind: 'virtual', outputDir: join(dir, 'tickets') },
      scanner: { kind: 'none' },
      allowedOrigins: ['http://127.0.0.1:8080'],
      port: 0,
      token: 'abcdefghijklmnop1234',
    });
    const { code, output } = await run(config, /deviceToken=abcdefghijklmnop1234/);
    expect(output).toMatch(/device host listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toContain('devices=http%3A%2F%2F127.0.0.1%3A');
    expect(code).toBe(0);
  });
});
