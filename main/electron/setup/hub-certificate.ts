import { X509Certificate } from 'node:crypto';
import { connect, type DetailedPeerCertificate } from 'node:tls';
import type { PresentedCertificateView } from '../../../shared/ipc/setup-channels';

// What the setup screen shows IT before the device trusts a hub: the certificate chain
// the hub presents, each with its SHA-256 fingerprint, to compare with the one the hub's
// administrator reads on the hub (`openssl x509 -fingerprint -sha256`). Only the TLS
// handshake happens: no byte of HTTP is sent, so nothing reaches a server not yet
// trusted. The chosen fingerprint is then pinned (policy/certificate-pin.ts).

export interface PresentedChain {
  trustedBySystem: boolean;
  /** Server first; PEM and what the screen shows of each. */
  chain: { pem: string; view: PresentedCertificateView }[];
}

function pemOf(raw: Buffer): string {
  const lines = raw.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

function viewOf(certificate: X509Certificate): PresentedCertificateView {
  const oneLine = (text: string) => text.replace(/\n/g, ', ').slice(0, 300);
  return {
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    fingerprint: certificate.fingerprint256,
    validFrom: Date.parse(certificate.validFrom),
    validTo: Date.parse(certificate.validTo),
    isCa: certificate.ca,
  };
}

/** The chain as Node gives it: each certificate's issuer, until a self-signed one. */
function chainOf(peer: DetailedPeerCertificate): Buffer[] {
  const chain: Buffer[] = [];
  let current: DetailedPeerCertificate | undefined = peer;
  while (current?.raw && chain.length < 10 && !chain.some((raw) => raw.equals(current!.raw))) {
    chain.push(current.raw);
    current = current.issuerCertificate;
  }
  return chain;
}

/** Connects to `origin` (https) for its handshake only and answers the chain it presented. */
export function readHubCertificate(origin: string, timeoutMs = 5_000): Promise<PresentedChain> {
  const url = new URL(origin);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port: Number(url.port || 443),
      ...(/^[\d.]+$|:/.test(host) ? {} : { servername: host }),
      // The chain is read to be shown, not trusted: the handshake ends at once, nothing is
      // sent, and what the hub is later asked goes through the pinned check.
      rejectUnauthorized: false,
      timeout: timeoutMs,
    });
    socket.once('secureConnect', () => {
      const chain = chainOf(socket.getPeerCertificate(true)).map((raw) => {
        const pem = pemOf(raw);
        return { pem, view: viewOf(new X509Certificate(pem)) };
      });
      const trustedBySystem = socket.authorized;
      socket.end();
      resolve({ trustedBySystem, chain });
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error(`no TLS answer from ${url.host} within ${timeoutMs / 1000} s`));
    });
    socket.once('error', reject);
  });
}
