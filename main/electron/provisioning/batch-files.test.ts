import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { morningAt } from '../../hub/test-support/morning-clock';
import { startTestHub, type TestHub } from '../../hub/test-support/test-hub';
import { openConfStore } from '../config/conf-store';
import { DeviceConfigService } from '../config/device-config-service';
import { fileNameOf, provisioningFilesFromCsv } from './batch-files';
import { enrolPending } from './enrol-pending';
import { parseProvisioningFile } from './provisioning-file';

const now = morningAt();
const fingerprint = 'AB:'.repeat(31) + 'AB';
const common = {
  hubUrl: 'https://accueil.mairie.test:8443',
  hubFingerprint: fingerprint,
  updateChannel: 'beta',
} as const;
const labels = ['Borne hall 1', 'Borne hall 2', 'Borne « CCAS »; étage'];
let t: TestHub;
const work = mkdtempSync(join(tmpdir(), 'accueil-batch-'));

beforeAll(async () => {
  t = await startTestHub({ clock: () => now });
});
afterAll(async () => {
  await t.close();
  rmSync(work, { recursive: true, force: true });
});

async function batchCsv(style: 'fr' | 'intl', role = 'kiosk', names = labels): Promise<string> {
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

describe("the hub's batch of codes as provisioning files", () => {
  it.each(['fr', 'intl'] as const)(
    'makes one valid file per device from the %s CSV',
    async (style) => {
      const names = labels.map((label) => `${label} ${style}`);
      const result = provisioningFilesFromCsv(await batchCsv(style, 'kiosk', names), common);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.files.map((file) => file.label)).toEqual(names);
      expect(result.files.map((file) => file.fileName)).toEqual([
        `borne-hall-1-${style}.json`,
        `borne-hall-2-${style}.json`,
        `borne-ccas-etage-${style}.json`,
      ]);
      for (const file of result.files) {
        const parsed = parseProvisioningFile(file.content);
        expect(parsed).toMatchObject({
          ok: true,
          fingerprint,
          file: { mode: 'kiosk', updateChannel: 'beta' },
        });
      }
    },
  );

  it('refuses what would make files the app refuses, naming the line', async () => {
    expect(
      provisioningFilesFromCsv(await batchCsv('fr'), {
        ...common,
        hubUrl: 'http://accueil.mairie.test',
      }),
    ).toMatchObject({
      ok: false,
      message:
        /line 2 \(Borne hall 1\) would make a file the app refuses:\n.*hubUrl: give the hub as https/,
    });
    expect(provisioningFilesFromCsv('Nom;Code\r\nx;y\r\n', common)).toMatchObject({
      ok: false,
      message: /no column "Appareil"/,
    });
  });

  it('names files apart when labels look alike', () => {
    const taken = new Set(['borne-hall.json']);
    expect(fileNameOf('Borne  hall', taken)).toBe('borne-hall-2.json');
    expect(fileNameOf('Écran d’accueil', new Set())).toBe('ecran-d-accueil.json');
    expect(fileNameOf('***', new Set())).toBe('device.json');
  });

  it('a provisioned device exchanges its code with the hub once, then forgets it', async () => {
    const result = provisioningFilesFromCsv(
      await batchCsv('intl', 'display', ['Écran hall']),
      common,
    );
    if (!result.ok) throw new Error(result.message);
    const code = JSON.parse(result.files[0]!.content).enrolmentCode as string;
    const service = new DeviceConfigService(
      openConfStore({ cwd: join(work, 'device'), configName: 'device' }),
      () => now,
    );
    // As provisioning leaves it, with the test hub's own (loopback) address.
    expect(
      service.save({ mode: 'display', hub: { url: t.hub.url }, enrolmentCode: code }),
    ).toMatchObject({ ok: true });
    const log = vi.fn();
    expect(await enrolPending(service, fetch, log)).toMatchObject({ kind: 'enrolled' });
    expect(service.config?.enrolmentCode).toBeUndefined();
    expect(service.config?.deviceToken).toMatch(/.{16,}/);
    expect(await enrolPending(service, fetch, log)).toEqual({ kind: 'nothing-pending' });
    // The same code again (a copied file): refused by the hub, removed, and said what to do.
    service.update((config) => ({ ...config, enrolmentCode: code }));
    expect(await enrolPending(service, fetch, log)).toMatchObject({
      kind: 'refused',
      message: /create a new code/,
    });
    expect(service.config?.enrolmentCode).toBeUndefined();
    // The hub unreachable: the code is kept for the next start.
    service.update((config) => ({
      ...config,
      hub: { url: 'http://127.0.0.1:1' },
      enrolmentCode: code,
    }));
    expect(await enrolPending(service, fetch, log)).toMatchObject({ kind: 'unreachable' });
    expect(service.config?.enrolmentCode).toBe(code);
  });
});
