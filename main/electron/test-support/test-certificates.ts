import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Real certificates for the pinning tests, made with the openssl CLI for each run: a
// site CA and the hub's certificate it signed, and a stranger's CA and certificate for
// the same host name.

export const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

export interface TestCertificates {
  siteCa: string;
  hub: string;
  strangerCa: string;
  /** Signed by the stranger's CA, for the hub's own host name. */
  stranger: string;
  /** Self-signed, for the hub's host name. */
  selfSigned: string;
  /** The private keys (PEM) of the hub's and the self-signed certificate, to serve them. */
  keys: { hub: string; selfSigned: string };
}

function openssl(dir: string, ...args: string[]): void {
  const run = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${run.stderr}`);
}

const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function ca(dir: string, name: string): void {
  openssl(
    dir,
    'req',
    '-x509',
    ...ec,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.pem`,
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  );
}

function leaf(dir: string, name: string, host: string, signer: string): void {
  openssl(
    dir,
    'req',
    ...ec,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/CN=${host}`,
  );
  openssl(
    dir,
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${signer}.pem`,
    '-CAkey',
    `${signer}.key`,
    '-CAcreateserial',
    '-out',
    `${name}.pem`,
    '-days',
    '2',
    '-extfile',
    `${name}.ext`,
  );
}

export function makeTestCertificates(host: string): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-pin-'));
  try {
    const ext = `subjectAltName=DNS:${host}\nbasicConstraints=CA:FALSE\n`;
    for (const name of ['hub', 'stranger'])
      spawnSync('sh', ['-c', `printf '%s' "$0" > ${name}.ext`, ext], { cwd: dir });
    ca(dir, 'site-ca');
    ca(dir, 'stranger-ca');
    leaf(dir, 'hub', host, 'site-ca');
    leaf(dir, 'stranger', host, 'stranger-ca');
    openssl(
      dir,
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'self.key',
      '-out',
      'self.pem',
      '-days',
      '2',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
    );
    const read = (name: string) => readFileSync(join(dir, `${name}.pem`), 'utf8');
    return {
      siteCa: read('site-ca'),
      hub: read('hub'),
      strangerCa: read('stranger-ca'),
      stranger: read('stranger'),
      selfSigned: read('self'),
      keys: {
        hub: readFileSync(join(dir, 'hub.key'), 'utf8'),
        selfSigned: readFileSync(join(dir, 'self.key'), 'utf8'),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
