import { messageOf } from '../supervisor/message-of';
import type { DeviceSelector } from './scanner-config';
import type { SerialBackend, SerialPortInfo } from './serial-backend';

export type Located =
  | { ok: true; path: string; device: string }
  | { ok: false; state: 'disconnected' | 'error'; detail: string };

export function describeSelector(selector: DeviceSelector): string {
  if ('path' in selector) return selector.path;
  const serial = selector.serialNumber ? ` serial ${selector.serialNumber}` : '';
  return `USB ${selector.vendorId}:${selector.productId}${serial}`;
}

const sameId = (a: string | undefined, b: string) =>
  a !== undefined && a.toLowerCase().replace(/^0x/, '').padStart(4, '0') === b;

/**
 * Finds the port to open now. A path is resolved afresh each time (a by-id or socat link
 * may point to another node after a replug); a USB id is looked up in the port list, so a
 * scanner that comes back as /dev/ttyACM1 instead of /dev/ttyACM0 is found.
 */
export async function locatePort(
  selector: DeviceSelector,
  backend: SerialBackend,
): Promise<Located> {
  if ('path' in selector) {
    const device = await backend.resolve(selector.path);
    if (device === null)
      return { ok: false, state: 'disconnected', detail: `${selector.path} is not present` };
    return { ok: true, path: selector.path, device };
  }
  let ports: SerialPortInfo[];
  try {
    ports = await backend.list();
  } catch (error) {
    return { ok: false, state: 'error', detail: `cannot list serial ports: ${messageOf(error)}` };
  }
  const matches = ports
    .filter((p) => sameId(p.vendorId, selector.vendorId) && sameId(p.productId, selector.productId))
    .filter((p) => !selector.serialNumber || p.serialNumber === selector.serialNumber)
    .sort((a, b) => a.path.localeCompare(b.path));
  const found = matches[0];
  if (!found)
    return {
      ok: false,
      state: 'disconnected',
      detail: `no serial port with ${describeSelector(selector)} (${ports.length} ports seen)`,
    };
  return { ok: true, path: found.path, device: found.path };
}
