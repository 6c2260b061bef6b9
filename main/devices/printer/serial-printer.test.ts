import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../virtual-printer';
import { createTicketPrinter } from './create-printer';
import { PrintJournal } from './print-journal';
import { PtyBridge } from './test-support/pty-bridge';
import { sampleReceipt, sampleTicket } from './test-support/sample-content';
import type { TicketPrinter } from './ticket-printer';

// The serial adapter over a real pseudo-terminal (socat) wired to the virtual printer.

describe('serial printer', () => {
  let dir: string;
  let vp: VirtualPrinter;
  let bridge: PtyBridge;
  let journal: PrintJournal;
  let printer: TicketPrinter;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serial-printer-'));
    vp = await startVirtualPrinter({ paperWidthMm: 58 });
    bridge = await PtyBridge.start(join(dir, 'ttyUSB0'), vp.port);
    journal = PrintJournal.open(join(dir, 'print.sqlite'));
    printer = createTicketPrinter(
      {
        link: 'serial',
        deviceId: 'counter-4-printer',
        path: bridge.path,
        baudRate: 115200,
        paperWidth: 58,
      },
      { journal },
    );
  });
  afterEach(async () => {
    await printer.close();
    await bridge.stop();
    await vp.close();
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the status back over the line and prints jobs one after another', async () => {
    await vp.setCondition({ paperNearEnd: true });
    expect(await printer.status()).toMatchObject({ state: 'paper-near-end', readsStatus: true });
    expect(await printer.print({ id: 'receipt-0101', content: sampleReceipt })).toMatchObject({
      ok: true,
      confirmed: true,
    });
    expect(await printer.print({ id: 'ticket-0101', content: sampleTicket })).toMatchObject({
      ok: true,
    });
    const [receipt, ticket] = await vp.jobs.waitForJobs(2);
    expect(receipt!.text).toContain('Timbre fiscal de 25 €');
    expect(ticket!.text).toContain('A042');
  });

  it('fails at once when the printer says the cover is open', async () => {
    await vp.setCondition({ coverOpen: true });
    const result = await printer.print({ id: 'ticket-0102', content: sampleTicket });
    expect(result).toMatchObject({ ok: false, reason: 'cover-open', mayHavePrinted: false });
    expect(vp.jobs.size).toBe(0);
  });

  it('says offline when the device is unplugged, and prints nothing', async () => {
    expect((await printer.status()).state).toBe('ready');
    await bridge.stop();
    const result = await printer.print({ id: 'ticket-0103', content: sampleTicket });
    expect(result).toMatchObject({ ok: false, reason: 'offline', status: { state: 'offline' } });
  });
});
