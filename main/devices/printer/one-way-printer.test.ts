import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../virtual-printer';
import { createTicketPrinter } from './create-printer';
import { PrintJournal } from './print-journal';
import { PtyBridge } from './test-support/pty-bridge';
import { sampleTicket } from './test-support/sample-content';
import type { TicketPrinter } from './ticket-printer';

// One-way paths through node-thermal-printer: a device file (here a pty wired to the
// virtual printer) and an OS queue (here `lp`/`lpstat` stand-ins that behave like a CUPS
// raw queue with a socket backend: the bytes go unchanged to the printer's port).

describe('one-way printers', () => {
  let dir: string;
  let vp: VirtualPrinter;
  let journal: PrintJournal;
  let printer: TicketPrinter | null;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'one-way-printer-'));
    vp = await startVirtualPrinter({ paperWidthMm: 80 });
    journal = PrintJournal.open(join(dir, 'print.sqlite'));
    printer = null;
  });
  afterEach(async () => {
    await printer?.close();
    await vp.close();
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('device file', () => {
    it('prints, and says it cannot know the printer state rather than "ready"', async () => {
      const bridge = await PtyBridge.start(join(dir, 'lp0'), vp.port);
      try {
        printer = createTicketPrinter(
          { link: 'device-file', deviceId: 'kiosk-2-printer', path: bridge.path, paperWidth: 80 },
          { journal },
        );
        const status = await printer.status();
        expect(status).toMatchObject({ state: 'unknown', readsStatus: false, lastReadAt: null });
        expect(status.detail).toMatch(/cannot be read/);
        const result = await printer.print({ id: 'ticket-0201', content: sampleTicket });
        expect(result).toMatchObject({ ok: true, outcome: 'printed', confirmed: false });
        const job = await vp.waitForJob();
        expect(job.text).toContain('Attente estimée');
        expect(await printer.print({ id: 'ticket-0201', content: sampleTicket })).toMatchObject({
          outcome: 'already-printed',
        });
      } finally {
        await bridge.stop();
      }
    });

    it('fails at once as offline when the device is gone', async () => {
      printer = createTicketPrinter(
        {
          link: 'device-file',
          deviceId: 'kiosk-2-printer',
          path: join(dir, 'absent'),
          paperWidth: 80,
        },
        { journal },
      );
      expect(await printer.status()).toMatchObject({ state: 'offline', readsStatus: false });
      const result = await printer.print({ id: 'ticket-0202', content: sampleTicket });
      expect(result).toMatchObject({ ok: false, reason: 'offline', mayHavePrinted: false });
    });
  });

  describe('OS queue', () => {
    const script = (name: string, body: string) => {
      const path = join(dir, name);
      writeFileSync(path, `#!/bin/sh\n${body}\n`);
      chmodSync(path, 0o755);
      return path;
    };
    const queue = (lpstatOutput: string) =>
      createTicketPrinter(
        {
          link: 'os-queue',
          deviceId: 'counter-1-printer',
          queue: 'accueil-tm-t20',
          paperWidth: 80,
          lpCommand: script(
            'lp',
            `printf '%s\\n' "$*" >> "${dir}/lp-args"\nsocat -u STDIN TCP:127.0.0.1:${vp.port} || exit 1\necho "request id is accueil-tm-t20-7 (0 file(s))"`,
          ),
          lpstatCommand: script('lpstat', `echo "${lpstatOutput}"`),
        },
        { journal },
      );

    it('spools the raw bytes to the queue and reports an unknown state', async () => {
      printer = queue('printer accueil-tm-t20 is idle.  enabled since Tue 14 Jan 2025');
      expect(await printer.status()).toMatchObject({ state: 'unknown', readsStatus: false });
      expect(await printer.print({ id: 'ticket-0301', content: sampleTicket })).toMatchObject({
        ok: true,
        confirmed: false,
      });
      expect((await vp.waitForJob()).text).toContain('Mardi 14 janvier 2025 à 10:42');
      expect(readFileSync(join(dir, 'lp-args'), 'utf8')).toBe('-d accueil-tm-t20 -o raw\n');
    });

    it('fails at once when the queue is disabled', async () => {
      printer = queue('printer accueil-tm-t20 disabled since Tue 14 Jan 2025 -');
      expect(await printer.status()).toMatchObject({ state: 'offline' });
      expect(await printer.print({ id: 'ticket-0302', content: sampleTicket })).toMatchObject({
        ok: false,
        reason: 'offline',
      });
      expect(vp.jobs.size).toBe(0);
    });
  });
});
