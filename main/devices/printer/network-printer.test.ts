import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterStatus } from '../../../shared/devices/status';
import { printContentSchema } from '../../../shared/print/content';
import { renderPrintContent } from '../../../shared/print/layout';
import { statusQuery } from '../../../shared/print/real-time-status';
import { createTicketPrinter } from './create-printer';
import { PrintJournal } from './print-journal';
import { startStatusPolling } from './status-poller';
import { startEscPosPeer, type EscPosPeer } from './test-support/escpos-peer';
import { sampleReceipt, sampleTicket } from './test-support/sample-content';
import type { PrinterLogEvent, TicketPrinter } from './ticket-printer';

// The network adapter against a TCP peer that answers DLE EOT like a printer.

describe('network printer', () => {
  let dir: string;
  let peer: EscPosPeer;
  let journal: PrintJournal;
  let printer: TicketPrinter;
  let events: PrinterLogEvent[];

  const make = (port: number, jobMs = 5000) =>
    createTicketPrinter(
      {
        link: 'network',
        deviceId: 'kiosk-1-printer',
        host: '127.0.0.1',
        port,
        paperWidth: 80,
        timeouts: { openMs: 1000, statusMs: 1000, jobMs },
      },
      { journal, log: (event) => events.push(event) },
    );

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'network-printer-'));
    peer = await startEscPosPeer();
    journal = PrintJournal.open(join(dir, 'print.sqlite'));
    events = [];
    printer = make(peer.port);
  });
  afterEach(async () => {
    await printer.close();
    await peer.close();
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks the status, sends the job, and has it acknowledged', async () => {
    const result = await printer.print({ id: 'ticket-0001', content: sampleTicket });
    expect(result).toMatchObject({
      ok: true,
      outcome: 'printed',
      confirmed: true,
      substitutions: 0,
    });
    const [received] = await peer.waitForJobs(1);
    const expected = renderPrintContent(printContentSchema.parse(sampleTicket), {
      paperWidth: 80,
    }).bytes;
    expect(received).toEqual(Buffer.concat([statusQuery, expected, statusQuery]));
    expect(journal.get('ticket-0001')?.state).toBe('printed');
    expect(printer.lastStatus()).toMatchObject({ state: 'ready', readsStatus: true });
  });

  it.each(['paper-near-end', 'paper-out', 'cover-open', 'error'] as const)(
    'reads %s from the printer itself',
    async (condition) => {
      peer.setCondition(condition);
      const status = await printer.status();
      expect(status).toMatchObject({
        kind: 'printer',
        deviceId: 'kiosk-1-printer',
        state: condition,
        readsStatus: true,
      });
      expect(status.lastReadAt).toBeGreaterThan(0);
    },
  );

  it.each(['paper-out', 'cover-open', 'error'] as const)(
    'fails at once on %s, sends nothing, and prints once the printer is back',
    async (condition) => {
      peer.setCondition(condition);
      const refused = await printer.print({ id: 'ticket-0002', content: sampleTicket });
      expect(refused).toMatchObject({
        ok: false,
        reason: condition,
        mayHavePrinted: false,
        status: { state: condition },
      });
      expect(events).toContainEqual(
        expect.objectContaining({ type: 'refused', jobId: 'ticket-0002', reason: condition }),
      );
      peer.setCondition('ready');
      const printed = await printer.print({ id: 'ticket-0002', content: sampleTicket });
      expect(printed).toMatchObject({ ok: true, outcome: 'printed' });
      expect(await peer.waitForJobs(1)).toHaveLength(1);
    },
  );

  it('fails at once as offline when nothing answers, keeping the last read time', async () => {
    await printer.status();
    const lastReadAt = printer.lastStatus().lastReadAt;
    await peer.close();
    const result = await printer.print({ id: 'ticket-0003', content: sampleTicket });
    expect(result).toMatchObject({ ok: false, reason: 'offline', mayHavePrinted: false });
    expect(printer.lastStatus()).toMatchObject({ state: 'offline', lastReadAt });
    expect(journal.get('ticket-0003')?.state).toBe('not-sent');
  });

  it('after a write timeout, a retry answers "already printed" and nothing prints twice', async () => {
    await printer.close();
    printer = make(peer.port, 300);
    peer.setBusyDelay(1500);
    const first = await printer.print({ id: 'ticket-0004', content: sampleTicket });
    expect(first).toMatchObject({ ok: false, reason: 'timeout', mayHavePrinted: true });
    const connections = peer.connections;
    const retry = await printer.print({ id: 'ticket-0004', content: sampleTicket });
    expect(retry).toMatchObject({ ok: true, outcome: 'already-printed', confirmed: false });
    expect(peer.connections).toBe(connections);
    peer.setBusyDelay(0);
    await printer.print({ id: 'ticket-0005', content: sampleReceipt });
    const jobs = await peer.waitForJobs(2);
    expect(jobs).toHaveLength(2);
    expect(jobs.filter((job) => job.includes('A042'))).toHaveLength(1);
  });

  it('shares one attempt between two calls with the same id', async () => {
    const [a, b] = await Promise.all([
      printer.print({ id: 'ticket-0006', content: sampleTicket }),
      printer.print({ id: 'ticket-0006', content: sampleTicket }),
    ]);
    expect(a).toEqual(b);
    const again = await printer.print({ id: 'ticket-0006', content: sampleTicket });
    expect(again).toMatchObject({ ok: true, outcome: 'already-printed', confirmed: true });
    expect(await peer.waitForJobs(1)).toHaveLength(1);
  });

  it('reprints only on request, under a new id, marked and journaled', async () => {
    await printer.print({ id: 'receipt-0001', content: sampleReceipt });
    const reprint = await printer.reprint({
      id: 'receipt-0001-r1',
      originalId: 'receipt-0001',
      reason: 'bourrage papier',
    });
    expect(reprint).toMatchObject({ ok: true, outcome: 'printed', jobId: 'receipt-0001-r1' });
    const jobs = await peer.waitForJobs(2);
    expect(jobs[1]!.includes('DUPLICATA')).toBe(true);
    expect(jobs[0]!.includes('DUPLICATA')).toBe(false);
    expect(events).toContainEqual({
      type: 'reprint',
      deviceId: 'kiosk-1-printer',
      jobId: 'receipt-0001-r1',
      originalId: 'receipt-0001',
      reason: 'bourrage papier',
    });
    expect(journal.reprintsOf('receipt-0001')).toMatchObject([
      { jobId: 'receipt-0001-r1', reason: 'bourrage papier' },
    ]);
    expect(
      await printer.reprint({ id: 'receipt-0002-r1', originalId: 'receipt-0002', reason: 'perdu' }),
    ).toMatchObject({
      ok: false,
      reason: 'unknown-original',
    });
  });

  it('answers a bad job with the reason and never contacts the printer', async () => {
    const invalid = await printer.print({
      id: 'ticket-0007',
      content: { ...sampleTicket, visitorName: 'Jean Dupont' },
    });
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid-job', mayHavePrinted: false });
    expect((invalid as { detail: string }).detail).toMatch(/visitorName/);
    await printer.print({ id: 'ticket-0008', content: sampleTicket });
    const reused = await printer.print({
      id: 'ticket-0008',
      content: { ...sampleTicket, ticketNumber: 'A043' },
    });
    expect(reused).toMatchObject({
      ok: false,
      reason: 'invalid-job',
      detail: expect.stringMatching(/already used/),
    });
    expect(peer.connections).toBe(1);
  });

  it('polls the status on a schedule and publishes every read', async () => {
    const seen: PrinterStatus[] = [];
    const paperOut = new Promise<PrinterStatus>((resolve) =>
      printer.onStatus((status) => {
        seen.push(status);
        if (status.state === 'paper-out') resolve(status);
      }),
    );
    const polling = startStatusPolling(printer, { intervalMs: 20 });
    peer.setCondition('paper-out');
    expect(await paperOut).toMatchObject({ state: 'paper-out', readsStatus: true });
    polling.stop();
    expect(seen.length).toBeGreaterThan(0);
  });
});
