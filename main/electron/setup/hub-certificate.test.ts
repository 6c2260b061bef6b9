import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasOpenssl,
  makeTestCertificates,
  type TestCertificates,
} from '../test-support/test-certificates';
import { readHubCertificate } from './hub-certificate';

// The chain a real TLS server presents, read for IT to compare, with nothing sent to it.

const host = 'accueil.mairie.test';
let certs: TestCertificates;
let server: Server;
let origin: string;
const received: Buffer[] = [];
const fp = (pem: string) => new X509Certificate(pem).fingerprint256;

describe.skipIf(!hasOpenssl)("reading the hub's certificate (openssl-made, real TLS)", () => {
  beforeAll(async () => {
    certs = makeTestCertificates(host);
    server = createServer({ cert: certs.hub + certs.siteCa, key: certs.keys.hub }, (socket) => {
      socket.on('data', (chunk: Buffer) => received.push(chunk));
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers the chain, server first, with the fingerprints openssl would print', async () => {
    const presented = await readHubCertificate(origin);
    expect(presented.trustedBySystem).toBe(false);
    expect(presented.chain.map((c) => c.view.fingerprint)).toEqual([
      fp(certs.hub),
      fp(certs.siteCa),
    ]);
    expect(presented.chain[0]?.view).toMatchObject({ subject: `CN=${host}`, isCa: false });
    expect(presented.chain[1]?.view.isCa).toBe(true);
    expect(presented.chain[0]!.view.validTo).toBeGreaterThan(presented.chain[0]!.view.validFrom);
    expect(fp(presented.chain[0]!.pem)).toBe(fp(certs.hub));
    // The handshake only: not one byte of a request reached the untrusted server.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Buffer.concat(received).length).toBe(0);
  });

  it('says when nothing answers there', async () => {
    const closed = createServer({ cert: certs.hub, key: certs.keys.hub });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(readHubCertificate(`https://127.0.0.1:${port}`)).rejects.toThrow(/ECONNREFUSED/);
  });
});
