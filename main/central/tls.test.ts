import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralSandbox, type CentralSandbox } from '../central-sandbox/sandbox';
import { createCentralClient } from './central-client';

// TLS with a private CA, as a town's IT would set it up: the client trusts the configured
// CA and nothing else. Certificates are made with the openssl CLI for each run.

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
if (!hasOpenssl) console.warn('tls.test.ts: skipped, the openssl command is not installed');

function openssl(dir: string, ...args: string[]): void {
  const run = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${run.stderr}`);
}

/** A CA (ca.pem), and a server certificate for 127.0.0.1 and localhost signed by it. */
function makeCa(dir: string, name: string): void {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    dir,
    'req',
    '-x509',
    ...ec,
    '-keyout',
    `${name}-ca.key`,
    '-out',
    `${name}-ca.pem`,
    '-days',
    '2',
    '-subj',
    `/CN=${name} test CA`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  );
}

function makeServerCert(dir: string, ca: string): void {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    dir,
    'req',
    ...ec,
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=localhost',
  );
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n',
  );
  openssl(
    dir,
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    `${ca}-ca.pem`,
    '-CAkey',
    `${ca}-ca.key`,
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'server.ext',
  );
}

describe.skipIf(!hasOpenssl)('TLS with a configured CA', () => {
  let dir: string;
  let sandbox: CentralSandbox;
  const client = (options: { caFile?: string }) =>
    createCentralClient({
      baseUrl: sandbox.url,
      siteId: sandbox.siteId,
      token: sandbox.token,
      ...options,
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'central-tls-'));
    makeCa(dir, 'town');
    makeCa(dir, 'rogue');
    makeServerCert(dir, 'town');
    sandbox = await startCentralSandbox({
      seedDate: '2025-03-14',
      tls: {
        key: readFileSync(join(dir, 'server.key')),
        cert: readFileSync(join(dir, 'server.pem')),
      },
    });
  });

  afterAll(async () => {
    await sandbox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('talks to a server whose certificate the configured CA signed', async () => {
    expect(sandbox.url).toMatch(/^https:/);
    const trusting = client({ caFile: join(dir, 'town-ca.pem') });
    const pulled = await trusting.pullAppointments('2025-03-14');
    trusting.close();
    expect(pulled.ok).toBe(true);
  });

  it('refuses a server signed by another CA, as a configuration problem', async () => {
    const wrongCa = client({ caFile: join(dir, 'rogue-ca.pem') });
    const pulled = await wrongCa.pullAppointments('2025-03-14');
    wrongCa.close();
    expect(pulled).toMatchObject({ ok: false, failure: { kind: 'misconfigured', reason: 'tls' } });
  });

  it('does not trust the private CA unless configured', async () => {
    const systemTrust = client({});
    const pulled = await systemTrust.pullAppointments('2025-03-14');
    systemTrust.close();
    expect(pulled).toMatchObject({ ok: false, failure: { kind: 'misconfigured', reason: 'tls' } });
  });

  it('says clearly when the CA file is missing, not PEM, or the URL is not https', () => {
    expect(() => client({ caFile: join(dir, 'nope.pem') })).toThrow(
      /Cannot read the CA file .*ENOENT/,
    );
    expect(() => client({ caFile: join(dir, 'server.ext') })).toThrow(/holds no PEM certificate/);
    expect(() =>
      createCentralClient({
        baseUrl: 'http://127.0.0.1:1',
        siteId: 's',
        token: 't',
        caFile: join(dir, 'town-ca.pem'),
      }),
    ).toThrow(/use https/);
  });
});
