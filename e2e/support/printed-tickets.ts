import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from '@playwright/test';
import type { DeviceHost } from '../../main/device-host';
import { renderPng } from '../../main/devices/virtual-printer';

// What came out of a device host's virtual printer, read as the visitor would read the
// paper: each printed job's decoded text (`[QR: …]` for a QR code), and its picture.

const screenshots = resolve(import.meta.dirname, '../../.test-results/screenshots');

/** The text of every job the virtual printer printed (not those it refused), oldest first. */
export function printedTexts(devices: DeviceHost): string[] {
  return (
    devices.virtualPrinter?.jobs
      .all()
      .filter((j) => j.printed)
      .map((j) => j.text) ?? []
  );
}

/** Waits until a printed job holds `ticketNumber` and answers its text. */
export async function printedTicket(devices: DeviceHost, ticketNumber: string): Promise<string> {
  const find = () => printedTexts(devices).findLast((text) => text.includes(ticketNumber));
  await expect
    .poll(() => find() !== undefined, { message: `ticket ${ticketNumber} printed` })
    .toBe(true);
  return find() ?? '';
}

/**
 * Saves the paper of the last printed job that holds `ticketNumber` as
 * `.test-results/screenshots/printed-<name>.png` (to look at) and answers its text form.
 */
export async function savePrintedTicket(
  devices: DeviceHost,
  ticketNumber: string,
  name: string,
): Promise<string> {
  const job = devices.virtualPrinter?.jobs
    .all()
    .findLast((j) => j.printed && j.text.includes(ticketNumber));
  if (!job) throw new Error(`no printed ticket ${ticketNumber}`);
  mkdirSync(screenshots, { recursive: true });
  writeFileSync(join(screenshots, `printed-${name}.png`), await renderPng(job.decoded));
  return job.text;
}
