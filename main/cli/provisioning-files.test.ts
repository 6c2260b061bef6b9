import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseProvisioningFile } from '../electron/provisioning/provisioning-file';
import { morningAt } from '../hub/test-support/morning-clock';
import { startTestHub, type TestHub } from '../hub/test-support/test-hub';
import { runProvisioningFiles } from './provisioning-files';

const now = morningAt();
const fingerprint = 'AB:'.repeat(31) + 'AB';
const common = { hubUrl: 'https://accueil.mairie.test:8443' } as const;
let t: TestHub;
const work = mkdtempSync(join(tmpdir(), 'accueil-provisioning-files-'));

beforeAll(async () => {
  t = await startTestHub({ clock: () => now });
});
afterAll(async () => {
  await t.close();
  rmSync(work, { recursive: true, force: true });
});

async function batchCsv(style: 'fr' | 'intl', role: string, names: string[]): Promise<string> {
  const response = await fetch(
    `${t.hub.url}/api/v1/devices/enrolment-codes/batch?format=csv&style=${style}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role, labels: names }),
    },
  );
  expect(response.status).toBe(201);
  return Buffer.from(await response.arrayBuffer()).toString('utf8');
}

describe('npm run hub -- provisioning-files', () => {
  it('writes the files (owner-only), and never over existing ones', async () => {
    const csvPath = join(work, 'codes.csv');
    writeFileSync(csvPath, await batchCsv('fr', 'counter', ['Guichet 1', 'Guichet 2']));
    const out = join(work, 'files');
    const args = [
      csvPath,
      out,
      '--hub-url',
      common.hubUrl,
      '--hub-fingerprint',
      fingerprint,
      '--language',
      'en',
    ];
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(runProvisioningFiles(args)).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['guichet-1.json', 'guichet-2.json']);
      expect(statSync(join(out, 'guichet-1.json')).mode & 0o777).toBe(0o600);
      expect(
        parseProvisioningFile(readFileSync(join(out, 'guichet-1.json'), 'utf8')),
      ).toMatchObject({
        ok: true,
        file: { mode: 'counter', language: 'en', label: 'Guichet 1' },
      });
      expect(runProvisioningFiles(args)).toBe(1);
      expect(errors.mock.calls.flat().join('\n')).toMatch(/already exist.*give an empty OUTDIR/);
      expect(runProvisioningFiles([csvPath, out])).toBe(2);
    } finally {
      logs.mockRestore();
      errors.mockRestore();
    }
  });
});
