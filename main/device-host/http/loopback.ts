import { isIP } from 'node:net';

// The device host drives this machine's printer and scanner: it listens on loopback only,
// and answers only requests addressed to loopback (a page on another site that rebinds
// its DNS name to 127.0.0.1 still sends its own name in Host, and is refused).

export class DeviceHostStartError extends Error {
  override name = 'DeviceHostStartError';
}

/** True for 127.0.0.0/8 and ::1, written as IP addresses. */
export function isLoopbackAddress(host: string): boolean {
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}

/** Refuses to bind anywhere but loopback; names ("localhost") are refused too: they may resolve elsewhere. */
export function assertLoopbackBind(host: string): void {
  if (!isLoopbackAddress(host))
    throw new DeviceHostStartError(
      `the device host listens on loopback only (127.0.0.1 or ::1), not on ${JSON.stringify(host)}: ` +
        'it prints and scans for this machine, and no other machine may reach it',
    );
}

/** A Host header that names this server on loopback: 127.x.x.x, [::1] or localhost, with our port. */
export function isLoopbackHostHeader(header: string | undefined, port: number): boolean {
  if (!header) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header.trim().toLowerCase());
  if (!match) return false;
  const [, name = '', portText] = match;
  if (portText !== undefined && Number(portText) !== port) return false;
  const bare = name.startsWith('[') ? name.slice(1, -1) : name;
  return bare === 'localhost' || isLoopbackAddress(bare);
}
