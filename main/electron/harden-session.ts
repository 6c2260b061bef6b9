import type { Certificate, Session } from 'electron';
import { certificateVerdict, type PinnedHub } from './policy/certificate-pin';
import { permissionVerdict } from './policy/permissions';

// The session every window shares: every permission denied (request and check, devices
// too), downloads cancelled, the hub's certificate checked against its pin (other hosts
// keep Chromium's verification). The hub answers CORS for the app origin itself
// (main/hub/server/cors.ts).

export interface SessionOptions {
  pin: PinnedHub | null;
  clock: () => number;
  log: (message: string) => void;
}

/** The chain Electron presents, server first, as PEM. */
export function chainOf(certificate: Certificate): string[] {
  const chain: string[] = [];
  let current: Certificate | undefined = certificate;
  // issuerCert of a self-signed root is itself (or absent): stop there.
  while (current && chain.length < 10 && !chain.includes(current.data)) {
    chain.push(current.data);
    current = current.issuerCert;
  }
  return chain;
}

export function hardenSession(session: Session, options: SessionOptions): void {
  const { log } = options;
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = permissionVerdict(permission);
    if (!granted) log(`permission ${permission} refused to ${details.requestingUrl.slice(0, 120)}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission) => permissionVerdict(permission));
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event, item) => {
    event.preventDefault();
    log(`download refused: ${item.getURL().slice(0, 120)}`);
  });
  session.setCertificateVerifyProc((request, callback) => {
    const result = certificateVerdict(
      { hostname: request.hostname, chain: chainOf(request.certificate) },
      options.pin,
      options.clock(),
    );
    if (result === -2)
      log(`the certificate of ${request.hostname} does not match its pin: refused`);
    callback(result);
  });
}
