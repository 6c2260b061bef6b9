import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceChannel, DeviceResult } from '../../shared/ipc/device-api';
import { qrCodesOnPaper } from '../devices/printer/test-support/decode-qr';
import {
  sampleCheckIn,
  sampleReceipt,
  sampleTicket,
} from '../devices/printer/test-support/sample-content';
import type { VirtualPrinter } from '../devices/virtual-printer';
import type { Scanner } from '../devices/scanner/scanner';
import { createDeviceHandlers, type DeviceHandlers } from './device-handlers';
import { openDevices, type OpenedDevices } from './open-devices';

// The transport-independent handlers against the real TicketPrinter adapter printing over
// TCP to the virtual printer, which decodes the ESC/POS bytes back into a ticket.

let devices: OpenedDevices;
let vp: VirtualPrinter;
let handlers: DeviceHandlers;
const logged: string[] = [];

beforeEach(async () => {
  logged.length = 0;
  devices = await openDevices({
    printer: { kind: 'virtual', deviceId: 'kiosk-printer', paperWidthMm: 80 },
    supervisor: { pollIntervalMs: 60_000 },
    log: (message) => logged.push(message),
  });
  vp = devices.virtualPrinter!;
  handlers = createDeviceHandlers({ ...devices, log: (message) => logged.push(message) });
});

afterEach(async () => {
  await devices.close();
});

function expectError<C extends DeviceChannel>(result: DeviceResult<C>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Prints a sentinel and returns the jobs received up to it: nothing can be in flight behind it. */
async function jobsUpToSentinel() {
  const sentinel = { ...sampleTicket, ticketNumber: 'Z999' };
  const result = await handlers['printer:print-ticket']({
    jobId: 'sentinel-0001',
    content: sentinel,
  });
  expect(result.ok).toBe(true);
  const jobs = [];
  for (;;) {
    const job = await vp.waitForJob();
    if (job.text.includes('Z999')) return jobs;
    jobs.push(job);
  }
}

describe('printer:print-ticket', () => {
  it('prints a French ticket: the paper reads back letter for letter, its QR scans', async () => {
    const result = await handlers['printer:print-ticket']({
      jobId: 'ticket-fr-0001',
      content: sampleTicket,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { jobId: 'ticket-fr-0001', outcome: 'printed', confirmed: true, substitutions: 0 },
    });
    const job = await vp.waitForJob();
    expect(job.printed).toBe(true);
    expect(job.decoded.warnings).toEqual([]);
    expect(job.text).toContain('État civil');
    expect(job.text).toContain('A042');
    expect(job.text).toContain("Ville d'Issy-les-Moulineaux");
    expect(await qrCodesOnPaper(job.decoded)).toEqual([sampleTicket.qr]);
  });

  it('prints an Arabic ticket: the words as images, the number as text, nothing lost', async () => {
    const content = { ...sampleTicket, language: 'ar', serviceName: 'الحالة المدنية' } as const;
    const result = await handlers['printer:print-ticket']({ jobId: 'ticket-ar-0001', content });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'printed', substitutions: 0 } });
    const job = await vp.waitForJob();
    expect(job.text).toContain('A042');
    expect(job.text).not.toContain('?');
    expect(job.decoded.items.filter((item) => item.kind === 'image').length).toBeGreaterThan(3);
    expect(await qrCodesOnPaper(job.decoded)).toEqual([sampleTicket.qr]);
  });

  it('prints an appointment check-in ticket with its counter', async () => {
    const result = await handlers['printer:print-ticket']({
      jobId: 'checkin-0001',
      content: sampleCheckIn,
    });
    expect(result.ok).toBe(true);
    const job = await vp.waitForJob();
    expect(job.text).toContain('R017');
    expect(job.text).toContain('Pièces d’identité');
  });

  it('answers at once with paper-out when the paper is out, and sends nothing', async () => {
    await vp.setCondition({ paperOut: true });
    const error = expectError(
      await handlers['printer:print-ticket']({ jobId: 'ticket-po-0001', content: sampleTicket }),
    );
    expect(error.code).toBe('paper-out');
    expect(error.details).toMatchObject({ mayHavePrinted: false, status: { state: 'paper-out' } });
    // The supervisor heard the status the job read: the hub can alert the front desk.
    expect(devices.supervisor.get('kiosk-printer')?.state).toBe('paper-out');

    // The same job id once the paper is back: nothing had been sent, so now it prints, once.
    await vp.setCondition({ paperOut: false });
    const retried = await handlers['printer:print-ticket']({
      jobId: 'ticket-po-0001',
      content: sampleTicket,
    });
    expect(retried).toMatchObject({ ok: true, value: { outcome: 'printed' } });
    const jobs = await jobsUpToSentinel();
    expect(jobs.map((job) => job.printed)).toEqual([true]);
  });

  it('answers cover-open and offline with their own codes', async () => {
    await vp.setCondition({ coverOpen: true });
    const cover = expectError(
      await handlers['printer:print-ticket']({ jobId: 'ticket-co-0001', content: sampleTicket }),
    );
    expect(cover.code).toBe('cover-open');
    await vp.setCondition({ coverOpen: false, offline: true });
    const offline = expectError(
      await handlers['printer:print-ticket']({ jobId: 'ticket-off-0001', content: sampleTicket }),
    );
    expect(offline).toMatchObject({ code: 'offline', details: { mayHavePrinted: false } });
  });

  it('prints a job id once, however often and however concurrently it is asked', async () => {
    const request = { jobId: 'ticket-dup-0001', content: sampleTicket };
    const [first, second] = await Promise.all([
      handlers['printer:print-ticket'](request),
      handlers['printer:print-ticket'](request),
    ]);
    const third = await handlers['printer:print-ticket'](request);
    expect(first).toMatchObject({ ok: true, value: { outcome: 'printed' } });
    expect(second).toEqual(first);
    expect(third).toMatchObject({ ok: true, value: { outcome: 'already-printed' } });
    const jobs = await jobsUpToSentinel();
    expect(jobs).toHaveLength(1);
  });

  it('refuses a job id reused for other content', async () => {
    await handlers['printer:print-ticket']({ jobId: 'ticket-reuse-01', content: sampleTicket });
    const error = expectError(
      await handlers['printer:print-ticket']({
        jobId: 'ticket-reuse-01',
        content: { ...sampleTicket, ticketNumber: 'B001' },
      }),
    );
    expect(error.code).toBe('invalid-job');
  });

  it('refuses bad requests field by field, before the printer hears of them', async () => {
    const missing = expectError(await handlers['printer:print-ticket']({ content: sampleTicket }));
    expect(missing.code).toBe('invalid-request');
    expect(missing.message).toContain('jobId');

    const extra = expectError(
      await handlers['printer:print-ticket']({
        jobId: 'ticket-extra-01',
        content: { ...sampleTicket, visitorName: 'Jeanne Martin' },
      }),
    );
    expect(extra.code).toBe('invalid-request');
    expect(extra.message).toContain('visitorName');

    const receipt = expectError(
      await handlers['printer:print-ticket']({ jobId: 'ticket-rcpt-01', content: sampleReceipt }),
    );
    expect(receipt.code).toBe('invalid-request');

    for (const input of [undefined, null, 'print', 42, []])
      expect(expectError(await handlers['printer:print-ticket'](input)).code).toBe(
        'invalid-request',
      );
    expect(vp.jobs.size).toBe(0);
  });
});

describe('the other printer channels', () => {
  it('prints a receipt, then reprints it marked as a duplicate', async () => {
    const printed = await handlers['printer:print-receipt']({
      jobId: 'receipt-0001',
      content: sampleReceipt,
    });
    expect(printed.ok).toBe(true);
    expect((await vp.waitForJob()).text).toContain('CNI-2025-000123');

    const reprinted = await handlers['printer:reprint']({
      jobId: 'receipt-0001-r1',
      originalJobId: 'receipt-0001',
      reason: 'paper jam',
    });
    expect(reprinted).toMatchObject({ ok: true, value: { outcome: 'printed' } });
    const duplicate = await vp.waitForJob();
    expect(duplicate.text).toContain('CNI-2025-000123');
    expect(duplicate.text).toMatch(/DUPLICATA/i);

    const unknown = expectError(
      await handlers['printer:reprint']({
        jobId: 'receipt-x-r1',
        originalJobId: 'receipt-none',
        reason: 'lost',
      }),
    );
    expect(unknown.code).toBe('unknown-original');
  });

  it('reads the status from the supervisor, or from the printer on refresh', async () => {
    expect(await handlers['printer:status']({})).toMatchObject({
      ok: true,
      value: { state: 'ready' },
    });
    await vp.setCondition({ paperNearEnd: true });
    expect(await handlers['printer:status']({ refresh: true })).toMatchObject({
      ok: true,
      value: { state: 'paper-near-end', readsStatus: true },
    });
    expect(devices.supervisor.get('kiosk-printer')?.state).toBe('paper-near-end');
    const statuses = await handlers['device:statuses']({});
    expect(statuses).toMatchObject({
      ok: true,
      value: [{ kind: 'printer', state: 'paper-near-end' }],
    });
  });
});

describe('without the devices', () => {
  it('answers unavailable for a missing printer and scanner', async () => {
    const bare = await openDevices({});
    try {
      const none = createDeviceHandlers({ supervisor: bare.supervisor });
      for (const result of [
        await none['printer:print-ticket']({ jobId: 'ticket-none-01', content: sampleTicket }),
        await none['printer:status']({}),
        await none['scanner:status']({}),
      ])
        expect(expectError(result).code).toBe('unavailable');
      expect(await none['device:statuses']({})).toEqual({ ok: true, value: [] });
    } finally {
      await bare.close();
    }
  });

  it('answers internal, and logs, when a handler throws', async () => {
    const broken: Scanner = {
      id: 'broken',
      on: () => () => undefined,
      open: () => Promise.resolve(),
      close: () => Promise.resolve(),
      status: () => {
        throw new Error('scanner driver crashed');
      },
    };
    const throwing = createDeviceHandlers({
      supervisor: devices.supervisor,
      scanner: broken,
      log: (message) => logged.push(message),
    });
    expect(expectError(await throwing['scanner:status']({})).code).toBe('internal');
    expect(logged.some((line) => line.includes('scanner driver crashed'))).toBe(true);
  });
});
