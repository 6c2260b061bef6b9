import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { centralSettingsSchema } from '../../config/central-settings';
import { hubSettingsSchema } from '../../config/hub-settings';
import { startTestHub } from '../test-support/test-hub';

const dir = mkdtempSync(join(tmpdir(), 'accueil-central-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = { siteId: 'centre-administratif', token: 'a-site-token' };

describe('central API settings', () => {
  it('take https, or plain http on loopback only, and default the rest', () => {
    expect(
      centralSettingsSchema.parse({ ...base, baseUrl: 'https://central.example/api' }),
    ).toMatchObject({
      batchSize: 500,
      personalFields: [],
      appointmentsEveryMinutes: 5,
    });
    expect(
      centralSettingsSchema.safeParse({ ...base, baseUrl: 'http://127.0.0.1:8787' }).success,
    ).toBe(true);
    const clear = centralSettingsSchema.safeParse({ ...base, baseUrl: 'http://central.example' });
    expect(clear.success).toBe(false);
    expect(JSON.stringify(clear.error?.issues)).toContain('loopback only');
    expect(
      centralSettingsSchema.safeParse({ ...base, baseUrl: 'https://c.example', batchSize: 5000 })
        .success,
    ).toBe(false);
    expect(
      centralSettingsSchema.safeParse({
        ...base,
        baseUrl: 'https://c.example',
        personalFields: ['religion'],
      }).success,
    ).toBe(false);
    expect(hubSettingsSchema.parse({}).central).toBeUndefined();
  });

  it('stop the hub from starting without a token or with a CA file it cannot use', async () => {
    const central = { baseUrl: 'https://central.example', siteId: 'site' };
    await expect(startTestHub({ settings: { central } })).rejects.toThrow(/ACCUEIL_CENTRAL_TOKEN/);
    await expect(
      startTestHub({
        settings: { central: { ...central, token: 'token-123', caFile: join(dir, 'none.pem') } },
      }),
    ).rejects.toThrow(/Cannot read the CA file/);
    const notPem = join(dir, 'not.pem');
    writeFileSync(notPem, 'hello');
    await expect(
      startTestHub({ settings: { central: { ...central, token: 'token-123', caFile: notPem } } }),
    ).rejects.toThrow(/holds no PEM certificate/);
  });
});
