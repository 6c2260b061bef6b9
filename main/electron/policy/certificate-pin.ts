import { X509Certificate } from 'node:crypto';

// The hub may use the site's own CA or a self-signed certificate: the device then pins
// the SHA-256 fingerprint of the hub's certificate, or of the CA that signed it, and
// accepts the hub's host only when a certificate of the chain matches. Every other host
// keeps Chromium's own verification: verification is never turned off.

/** Electron's `setCertificateVerifyProc` results. */
export const certificateResult = { accept: 0, refuse: -2, chromium: -3 } as const;
export type CertificateResult = (typeof certificateResult)[keyof typeof certificateResult];

/**
 * A fingerprint as people copy it, normalised to upper-case hex pairs with colons:
 * `AB:CD:…` (openssl), `abcd…` (64 hex digits) or `sha256/<base64>` (Chromium's).
 */
export function normaliseFingerprint(text: string): string | null {
  const trimmed = text.trim();
  let hex: string;
  if (/^sha256\//i.test(trimmed)) {
    const bytes = Buffer.from(trimmed.slice(7), 'base64');
    if (bytes.length !== 32) return null;
    hex = bytes.toString('hex');
  } else {
    hex = trimmed.replace(/:/g, '');
    if (!/^[0-9a-f]{64}$/i.test(hex)) return null;
  }
  return hex.toUpperCase().match(/../g)!.join(':');
}

/** The SHA-256 fingerprint of a PEM certificate, or null when it does not parse. */
export function fingerprintOfPem(pem: string): string | null {
  return parsed(pem)?.fingerprint256 ?? null;
}

export interface PinnedHub {
  /** The hub's host name as the device reaches it, e.g. `accueil.mairie.local`. */
  hostname: string;
  /** SHA-256 of the hub's certificate or of its CA. */
  fingerprint: string;
}

export interface PresentedCertificate {
  hostname: string;
  /** The chain as PEM, server first (Electron's `certificate`, then each `issuerCert`). */
  chain: readonly string[];
}

function parsed(pem: string): X509Certificate | null {
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}

function validAt(certificate: X509Certificate, now: number): boolean {
  return Date.parse(certificate.validFrom) <= now && now <= Date.parse(certificate.validTo);
}

function namesHost(certificate: X509Certificate, hostname: string): boolean {
  return /^[\d.]+$|:/.test(hostname)
    ? certificate.checkIP(hostname.replace(/^\[|\]$/g, '')) !== undefined
    : certificate.checkHost(hostname) !== undefined;
}

/**
 * The hub's certificate itself pinned: accepted when it is that very certificate (and
 * in date). A CA pinned: accepted only when the server's certificate names the host, and
 * every link up to the pinned CA is really signed by the next one, all in date: a copy of
 * the (public) CA certificate appended to a stranger's chain proves nothing.
 */
export function certificateVerdict(
  presented: PresentedCertificate,
  pin: PinnedHub | null,
  now: number,
): CertificateResult {
  if (!pin || presented.hostname.toLowerCase() !== pin.hostname.toLowerCase())
    return certificateResult.chromium;
  const wanted = normaliseFingerprint(pin.fingerprint);
  const chain = presented.chain.map(parsed);
  const leaf = chain[0];
  if (!wanted || !leaf || chain.some((c) => c === null)) return certificateResult.refuse;
  const certificates = chain as X509Certificate[];
  if (!certificates.every((c) => validAt(c, now))) return certificateResult.refuse;
  if (leaf.fingerprint256 === wanted) return certificateResult.accept;
  if (!namesHost(leaf, presented.hostname)) return certificateResult.refuse;
  for (let i = 0; i + 1 < certificates.length; i += 1) {
    const child = certificates[i]!;
    const issuer = certificates[i + 1]!;
    if (!child.checkIssued(issuer) || !child.verify(issuer.publicKey) || !issuer.ca)
      return certificateResult.refuse;
    if (issuer.fingerprint256 === wanted) return certificateResult.accept;
  }
  return certificateResult.refuse;
}
