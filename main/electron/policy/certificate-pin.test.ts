import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  hasOpenssl,
  makeTestCertificates,
  type TestCertificates,
} from '../test-support/test-certificates';
import { certificateResult, certificateVerdict, normaliseFingerprint } from './certificate-pin';

const host = 'accueil.mairie.test';
const { accept, refuse, chromium } = certificateResult;
let certs: TestCertificates;
const fp = (pem: string) => new X509Certificate(pem).fingerprint256;
const now = () => Date.now(); // the certificates are made for this run, valid two days

describe.skipIf(!hasOpenssl)('certificate pinning (openssl-made certificates)', () => {
  beforeAll(() => {
    certs = makeTestCertificates(host);
  });

  it("accepts the hub's own certificate when it is the pinned one", () => {
    const pin = { hostname: host, fingerprint: fp(certs.selfSigned) };
    expect(certificateVerdict({ hostname: host, chain: [certs.selfSigned] }, pin, now())).toBe(
      accept,
    );
  });

  it('accepts a certificate really signed by the pinned site CA', () => {
    const pin = { hostname: host, fingerprint: fp(certs.siteCa) };
    expect(
      certificateVerdict({ hostname: host, chain: [certs.hub, certs.siteCa] }, pin, now()),
    ).toBe(accept);
  });

  it.each<[string, (c: TestCertificates) => string[], (c: TestCertificates) => string]>([
    ['another certificate for the same name', (c) => [c.stranger, c.strangerCa], (c) => c.hub],
    [
      "a stranger's chain with a copy of the site CA appended",
      (c) => [c.stranger, c.siteCa],
      (c) => c.siteCa,
    ],
    ["a stranger's CA", (c) => [c.stranger, c.strangerCa], (c) => c.siteCa],
    ['a self-signed certificate when the CA is pinned', (c) => [c.selfSigned], (c) => c.siteCa],
    ['an empty chain', () => [], (c) => c.hub],
    [
      'a chain that does not parse',
      () => ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'],
      (c) => c.hub,
    ],
  ])('refuses %s', (_, chain, pinned) => {
    const pin = { hostname: host, fingerprint: fp(pinned(certs)) };
    expect(certificateVerdict({ hostname: host, chain: chain(certs) }, pin, now())).toBe(refuse);
  });

  it('refuses the pinned CA for another host name, and an expired or future chain', () => {
    const pin = { hostname: 'other.mairie.test', fingerprint: fp(certs.siteCa) };
    expect(
      certificateVerdict(
        { hostname: 'other.mairie.test', chain: [certs.hub, certs.siteCa] },
        pin,
        now(),
      ),
    ).toBe(refuse);
    const hubPin = { hostname: host, fingerprint: fp(certs.selfSigned) };
    const inAWeek = now() + 7 * 24 * 3600_000;
    expect(certificateVerdict({ hostname: host, chain: [certs.selfSigned] }, hubPin, inAWeek)).toBe(
      refuse,
    );
  });

  it("leaves every other host to Chromium's own verification (never turned off)", () => {
    const pin = { hostname: host, fingerprint: fp(certs.hub) };
    expect(
      certificateVerdict({ hostname: 'service-public.fr', chain: [certs.hub] }, pin, now()),
    ).toBe(chromium);
    expect(certificateVerdict({ hostname: host, chain: [certs.hub] }, null, now())).toBe(chromium);
  });

  it('reads fingerprints as people copy them', () => {
    const colons = fp(certs.hub);
    const der = new X509Certificate(certs.hub).raw;
    const base64 = `sha256/${Buffer.from(colons.replace(/:/g, ''), 'hex').toString('base64')}`;
    expect(normaliseFingerprint(colons.toLowerCase())).toBe(colons);
    expect(normaliseFingerprint(colons.replace(/:/g, ''))).toBe(colons);
    expect(normaliseFingerprint(base64)).toBe(colons);
    expect(der.length).toBeGreaterThan(0);
    expect(normaliseFingerprint('AB:CD')).toBeNull();
    expect(normaliseFingerprint('sha256/AAAA')).toBeNull();
    const pin = { hostname: host, fingerprint: 'not a fingerprint' };
    expect(certificateVerdict({ hostname: host, chain: [certs.hub] }, pin, now())).toBe(refuse);
  });
});
