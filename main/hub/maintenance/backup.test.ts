import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { QueueState } from '../../../shared/engine';
import { spawnHub, type HubProcess } from '../test-support/hub-process';
import { testSiteConfig } from '../test-support/site-config';
import { inspectHubDatabase } from './backup';

const cli = fileURLToPath(new URL('../../cli/hub.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'accueil-backup-'));
const configFile = join(dir, 'site.json');
writeFileSync(configFile, JSON.stringify(testSiteConfig, null, 2));
const env = { ACCUEIL_ADMIN_PASSWORD: 'backup test password' };
const running: HubProcess[] = [];
afterAll(() => {
  for (const hub of running) hub.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** `npm run hub -- <args>` for a maintenance command: its exit code and what it printed. */
function hubCommand(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

async function start(dataDir: string): Promise<{ hub: HubProcess; call: Caller }> {
  const hub = await spawnHub(['--config', configFile, '--data', dataDir, '--port', '0'], env);
  running.push(hub);
  const raw = await rawCall(hub.url, 'POST', '/api/v1/auth/login', undefined, {
    agentId: 'admin',
    password: env.ACCUEIL_ADMIN_PASSWORD,
  });
  const admin = raw.body.token as string;
  const call: Caller = (method, path, body, token = admin) =>
    rawCall(hub.url, method, path, token, body);
  return { hub, call };
}

type Answer = { status: number; body: Record<string, unknown> };
type Caller = (method: string, path: string, body?: unknown, token?: string) => Promise<Answer>;

async function rawCall(url: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function stop(hub: HubProcess): Promise<void> {
  hub.child.kill('SIGTERM');
  expect(await hub.exited).toBe(0);
}

const ticket = (i: number) => ({
  service: i % 2 === 0 ? 'iris' : 'etat-civil',
  priority: false,
  channel: 'kiosk',
  language: 'fr',
});
type Issued = { events: { type: string; number?: string }[] };
const numberOf = (answer: Answer) =>
  (answer.body as unknown as Issued).events.find((e) => e.type === 'ticket:issued')?.number;

async function kioskToken(call: Caller): Promise<string> {
  const code = await call('POST', '/api/v1/devices/enrolment-codes', { role: 'kiosk', label: 'k' });
  const enrolled = await call('POST', '/api/v1/devices/enrol', { code: code.body.code }, '');
  return enrolled.body.token as string;
}

const stateOf = async (call: Caller) =>
  (await call('GET', '/api/v1/state')).body.state as QueueState;

describe('backing up a running hub and restoring it', () => {
  it(
    'restores the same state, and the restored hub gives the same next ticket number',
    { timeout: 180_000 },
    async () => {
      const dataA = join(dir, 'a');
      const first = await start(dataA);
      const kiosk = await kioskToken(first.call);
      for (let i = 0; i < 12; i += 1)
        expect((await first.call('POST', '/api/v1/ticket/issue', ticket(i), kiosk)).status).toBe(
          200,
        );

      // A backup taken while tickets keep arriving is one consistent moment of the log.
      const before = inspectHubDatabase(join(dataA, 'hub.db')).lastSeq;
      const burst = Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          first.call('POST', '/api/v1/ticket/issue', ticket(i), kiosk),
        ),
      );
      const during = join(dir, 'during.db');
      const busy = await hubCommand(['backup', during, '--data', dataA]);
      expect(busy.output).toMatch(/backup written/u);
      expect(busy.code).toBe(0);
      for (const answer of await burst) expect(answer.status).toBe(200);
      const duringFacts = inspectHubDatabase(during);
      expect(duringFacts.lastSeq).toBeGreaterThanOrEqual(before);
      expect(duringFacts.lastSeq).toBeLessThanOrEqual(before + 30 * 2);

      const backup = join(dir, 'quiet.db');
      expect((await hubCommand(['backup', backup, '--data', dataA])).code).toBe(0);
      const saved = await stateOf(first.call);

      // Never over an existing file, never under a running hub.
      const again = await hubCommand(['backup', backup, '--data', dataA]);
      expect(again.code).toBe(1);
      expect(again.output).toMatch(/already exists/u);
      const underRunning = await hubCommand(['restore', backup, '--data', dataA]);
      expect(underRunning.code).toBe(1);
      expect(underRunning.output).toMatch(/in use by a running hub \(process \d+/u);
      await stop(first.hub);

      const dataB = join(dir, 'b');
      const restored = await hubCommand(['restore', backup, '--data', dataB]);
      expect(restored.output).toMatch(/restored into/u);
      expect(restored.code).toBe(0);
      const second = await start(dataB);
      expect(await stateOf(second.call)).toEqual(saved);
      const secondKiosk = await kioskToken(second.call);
      const nextFromRestored = numberOf(
        await second.call('POST', '/api/v1/ticket/issue', ticket(0), secondKiosk),
      );
      await stop(second.hub);

      // The original, from the same moment, gives the same number to the same request.
      const original = await start(dataA);
      const originalKiosk = await kioskToken(original.call);
      const nextFromOriginal = numberOf(
        await original.call('POST', '/api/v1/ticket/issue', ticket(0), originalKiosk),
      );
      expect(nextFromRestored).toBeDefined();
      expect(nextFromRestored).toBe(nextFromOriginal);
      await stop(original.hub);
    },
  );

  it('refuses what is not a whole hub database, and changes nothing', async () => {
    const target = join(dir, 'c');
    const notADatabase = join(dir, 'notes.txt');
    writeFileSync(notADatabase, 'these are not the pages you are looking for');
    const refused = await hubCommand(['restore', notADatabase, '--data', target]);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/cannot be (opened|read) as a (hub )?database/u);
    expect(existsSync(join(target, 'hub.db'))).toBe(false);

    const other = join(dir, 'other.db');
    new Database(other).exec('CREATE TABLE t (x)').close();
    const foreign = await hubCommand(['restore', other, '--data', target]);
    expect(foreign.output).toMatch(/not an Accueil hub's/u);

    const newer = join(dir, 'newer.db');
    copyFileSync(join(dir, 'quiet.db'), newer);
    const db = new Database(newer);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, ?, 0)').run(
      'from the future',
    );
    db.close();
    const future = await hubCommand(['restore', newer, '--data', target]);
    expect(future.code).toBe(1);
    expect(future.output).toMatch(/written by a newer hub \(schema 99/u);
    expect(existsSync(join(target, 'hub.db'))).toBe(false);

    const usage = await hubCommand(['restore']);
    expect(usage.code).toBe(2);
    expect(usage.output).toMatch(/needs exactly one FILE/u);
  });

  it('keeps the database it replaces aside', async () => {
    const target = join(dir, 'b');
    const result = await hubCommand(['restore', join(dir, 'quiet.db'), '--data', target]);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/kept in .*before-restore-/u);
    const aside = readdirSync(target).filter((name) => name.startsWith('before-restore-'));
    expect(aside).toHaveLength(1);
    expect(readdirSync(join(target, aside[0] ?? ''))).toContain('hub.db');
  });
});
