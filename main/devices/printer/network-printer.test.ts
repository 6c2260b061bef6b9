import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printContentSchema } from '../../../shared/print/content';
import { renderPrintContent } from '../../../shared/print/layout';
import { statusQuery } from '../../../shared/print/real-time-status';
import { startVirtualPrinter, type VirtualPrinter } from '../virtual-printer';
import { createTicketPrinter } from './create-printer';
import { PrintJournal } from './print-journal';
import { qrCodesOnPaper } from './test-support/decode-qr';
import { sampleCheckIn, sampleReceipt, sampleTicket } from './test-support/sample-content';
import type { PrinterLogEvent, TicketPrinter } from './ticket-printer';

// The network adapter against the virtual printer: a real TCP peer that decodes ESC/POS
// and answers DLE EOT from its simulated conditions.

describe('network printer', () => {
  let dir: string;
  let vp: VirtualPrinter;
  let journal: PrintJournal;
  let printer: TicketPrinter;
  let events: PrinterLogEvent[];

  const make = (jobMs = 5000) =>
    createTicketPrinter(
      {
        link: 'network',
        deviceId: 'kiosk-1-printer',
        host: '127.0.0.1',
        port: vp.port,
        paperWidth: 80,
        timeouts: { openMs: 1000, statusMs: 1000, jobMs },
      },
      { journal, log: (event) => events.push(event) },
    );

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'network-printer-'));
    vp = await startVirtualPrinter({ paperWidthMm: 80 });
    journal = PrintJournal.open(join(dir, 'print.sqlite'));
    events = [];
    printer = make();
  });
  afterEach(async () => {
    await printer.close();
    await vp.close();
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a French ticket the printer decodes letter for letter, with a QR that scans', async () => {
    const result = await printer.print({ id: 'ticket-0001', content: sampleTicket });
    expect(result).toMatchObject({
      ok: true,
      outcome: 'printed',
      confirmed: true,
      substitutions: 0,
    });
    const job = await vp.waitForJob();
    expect(job.printed).toBe(true);
    expect(job.decoded.warnings).toEqual([]);
    for (const line of [
      "Ville d'Issy-les-Moulineaux",
      'État civil',
      'Votre numéro',
      'A042',
      'Personnes avant vous                           3',
      'Attente estimée                      env. 15 min',
      'Mardi 14 janvier 2025 à 10:42',
      'Ce ticket ne contient aucune donnée personnelle.',
    ])
      expect(job.text).toContain(line);
    expect(await qrCodesOnPaper(job.decoded)).toEqual([sampleTicket.qr]);
    const expected = renderPrintContent(printContentSchema.parse(sampleTicket), {
      paperWidth: 80,
    }).bytes;
    expect(Buffer.from(job.raw)).toEqual(Buffer.concat([statusQuery, expected]));
    expect(journal.get('ticket-0001')?.state).toBe('printed');
  });

  it('prints the check-in ticket and the receipt with their accents, € and œ', async () => {
    await printer.print({ id: 'checkin-0001', content: sampleCheckIn });
    await printer.print({ id: 'receipt-0001', content: sampleReceipt });
    const [checkIn, receipt] = await vp.jobs.waitForJobs(2);
    expect(checkIn!.text).toContain('Présentez-vous au guichet 4');
    expect(checkIn!.text).toContain('Pièces d’identité');
    expect(receipt!.text).toContain('RÉCÉPISSÉ');
    expect(receipt!.text).toContain('Timbre fiscal de 25 € (renouvellement après');
    expect(receipt!.text).toContain('« Votre titre est');
    expect(receipt!.text).toContain('Le cœur du dossier');
    expect(
      receipt!.decoded.items.some(
        (item) => item.kind === 'barcode' && item.hri === 'CNI-2025-000123',
      ),
    ).toBe(true);
    expect(await qrCodesOnPaper(receipt!.decoded)).toEqual([sampleReceipt.qr]);
  });

  it.each([
    [{ paperNearEnd: true }, 'paper-near-end'],
    [{ paperOut: true }, 'paper-out'],
    [{ coverOpen: true }, 'cover-open'],
    [{ error: 'cutter' as const }, 'error'],
  ])('reads %o from the printer itself as %s', async (condition, state) => {
    await vp.setCondition(condition);
    const status = await printer.status();
    expect(status).toMatchObject({
      kind: 'printer',
      deviceId: 'kiosk-1-printer',
      state,
      readsStatus: true,
    });
    expect(status.lastReadAt).toBeGreaterThan(0);
  });

  it.each([
    [{ paperOut: true }, 'paper-out'],
    [{ coverOpen: true }, 'cover-open'],
    [{ error: 'unrecoverable' as const }, 'error'],
  ])(
    'fails at once on %o, sends nothing, and prints once the printer is back',
    async (condition, reason) => {
      await vp.setCondition(condition);
      const refused = await printer.print({ id: 'ticket-0002', content: sampleTicket });
      expect(refused).toMatchObject({
        ok: false,
        reason,
        mayHavePrinted: false,
        status: { state: reason },
      });
      expect(events).toContainEqual(
        expect.objectContaining({ type: 'refused', jobId: 'ticket-0002', reason }),
      );
      expect(vp.jobs.size).toBe(0);
      await vp.setCondition({ paperOut: false, coverOpen: false, error: null });
      const printed = await printer.print({ id: 'ticket-0002', content: sampleTicket });
      expect(printed).toMatchObject({ ok: true, outcome: 'printed' });
      expect((await vp.waitForJob()).printed).toBe(true);
    },
  );

  it('fails at once as offline when the printer is unreachable, keeping the last read time', async () => {
    await printer.status();
    const lastReadAt = printer.lastStatus().lastReadAt;
    await vp.setCondition({ offline: true });
    const result = await printer.print({ id: 'ticket-0003', content: sampleTicket });
    expect(result).toMatchObject({ ok: false, reason: 'offline', mayHavePrinted: false });
    expect(printer.lastStatus()).toMatchObject({ state: 'offline', lastReadAt });
    expect(journal.get('ticket-0003')?.state).toBe('not-sent');
  });

  it('after a write timeout, a retry answers "already printed" and the ticket comes out once', async () => {
    await printer.close();
    printer = make(200);
    await vp.setCondition({ slow: { bytesPerSecond: 1000 } });
    const first = await printer.print({ id: 'ticket-0004', content: sampleTicket });
    expect(first).toMatchObject({ ok: false, reason: 'timeout', mayHavePrinted: true });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'uncertain', jobId: 'ticket-0004' }),
    );
    const retry = await printer.print({ id: 'ticket-0004', content: sampleTicket });
    expect(retry).toMatchObject({ ok: true, outcome: 'already-printed', confirmed: false });
    const job = await vp.waitForJob();
    expect(job.printed).toBe(true);
    expect(job.text).toContain('A042');
    await vp.setCondition({ slow: null });
    await printer.print({ id: 'receipt-0002', content: sampleReceipt });
    const next = await vp.waitForJob();
    expect(next.text).toContain('RÉCÉPISSÉ');
    expect(vp.jobs.all().filter((j) => j.text.includes('A042'))).toHaveLength(1);
  });

  it('shares one attempt between two calls with the same id', async () => {
    const [a, b] = await Promise.all([
      printer.print({ id: 'ticket-0006', content: sampleTicket }),
      printer.print({ id: 'ticket-0006', content: sampleTicket }),
    ]);
    expect(a).toEqual(b);
    const again = await printer.print({ id: 'ticket-0006', content: sampleTicket });
    expect(again).toMatchObject({ ok: true, outcome: 'already-printed', confirmed: true });
    await vp.waitForJob();
    await printer.print({ id: 'ticket-0007', content: sampleCheckIn });
    expect((await vp.waitForJob()).text).toContain('R017');
    expect(vp.jobs.size).toBe(2);
  });

  it('reprints only on request, under a new id, marked and journaled', async () => {
    await printer.print({ id: 'receipt-0003', content: sampleReceipt });
    const reprint = await printer.reprint({
      id: 'receipt-0003-r1',
      originalId: 'receipt-0003',
      reason: 'bourrage papier',
    });
    expect(reprint).toMatchObject({ ok: true, outcome: 'printed', jobId: 'receipt-0003-r1' });
    const [original, copy] = await vp.jobs.waitForJobs(2);
    expect(original!.text).not.toContain('DUPLICATA');
    expect(copy!.text).toContain('DUPLICATA');
    expect(copy!.text).toContain('CNI-2025-000123');
    expect(events).toContainEqual({
      type: 'reprint',
      deviceId: 'kiosk-1-printer',
      jobId: 'receipt-0003-r1',
      originalId: 'receipt-0003',
      reason: 'bourrage papier',
    });
    expect(journal.reprintsOf('receipt-0003')).toMatchObject([
      { jobId: 'receipt-0003-r1', reason: 'bourrage papier', state: 'printed' },
    ]);
    const unknown = await printer.reprint({
      id: 'receipt-0009-r1',
      originalId: 'receipt-0009',
      reason: 'perdu',
    });
    expect(unknown).toMatchObject({ ok: false, reason: 'unknown-original' });
  });

  it('answers a bad job with the reason and never prints it', async () => {
    const invalid = await printer.print({
      id: 'ticket-0008',
      content: { ...sampleTicket, visitorName: 'Jean Dupont' },
    });
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid-job', mayHavePrinted: false });
    expect((invalid as { detail: string }).detail).toMatch(/visitorName/);
    await printer.print({ id: 'ticket-0009', content: sampleTicket });
    const reused = await printer.print({
      id: 'ticket-0009',
      content: { ...sampleTicket, ticketNumber: 'A043' },
    });
    expect(reused).toMatchObject({
      ok: false,
      reason: 'invalid-job',
      detail: expect.stringMatching(/already used/),
    });
    expect((await vp.waitForJob()).text).toContain('A042');
    expect(vp.jobs.size).toBe(1);
  });

  it('refuses jobs once closed, without contacting the printer', async () => {
    await printer.close();
    expect(await printer.print({ id: 'ticket-0010', content: sampleTicket })).toMatchObject({
      ok: false,
      reason: 'offline',
      detail: 'this printer has been closed',
    });
    expect(await printer.status()).toMatchObject({ state: 'offline' });
    expect(journal.get('ticket-0010')).toBeUndefined();
  });
});
