import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PrinterTypes, ThermalPrinter, CharacterSet } from 'node-thermal-printer';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConditionsPatch } from './conditions';
import { layoutPaper, DOTS_PER_MM } from './paper-layout';
import { bytes, ESC, GS, LF, sampleTicketBytes, sampleToken } from './test-support/sample-ticket';
import { TcpClient } from './test-support/tcp-client';
import {
  startVirtualPrinter,
  type VirtualPrinter,
  type VirtualPrinterOptions,
} from './virtual-printer';

const DLE = 0x10;
const EOT = 0x04;
const CUT = [GS, 0x56, 0];

const open: { printers: VirtualPrinter[]; clients: TcpClient[]; dirs: string[] } = {
  printers: [],
  clients: [],
  dirs: [],
};

afterEach(async () => {
  await Promise.all(open.clients.splice(0).map((c) => c.destroy()));
  await Promise.all(open.printers.splice(0).map((p) => p.close()));
  await Promise.all(open.dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function printer(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const started = await startVirtualPrinter({ paperWidthMm: 58, ...options });
  open.printers.push(started);
  return started;
}

async function client(port: number): Promise<TcpClient> {
  const connected = await TcpClient.connect(port);
  open.clients.push(connected);
  return connected;
}

const statusQueries = bytes(
  [DLE, EOT, 1],
  [DLE, EOT, 2],
  [DLE, EOT, 3],
  [DLE, EOT, 4],
  [GS, 0x72, 1],
  [GS, 0x72, 2],
);

describe('virtual printer over TCP', () => {
  it('listens on loopback and makes one job per cut, and one of what is left at close', async () => {
    const vp = await printer();
    const c = await client(vp.port);
    await c.send(bytes('first', LF, CUT, 'second', LF, [GS, 0x56, 66, 0], 'tail', LF));
    await c.close();
    const jobs = await vp.jobs.waitForJobs(3);
    expect(vp.host).toBe('127.0.0.1');
    expect(jobs.map((j) => [j.id, j.endedBy, j.text.split('\n')[0], j.printed])).toEqual([
      [1, 'cut', 'first', true],
      [2, 'cut', 'second', true],
      [3, 'close', 'tail', true],
    ]);
    expect(new Set(jobs.map((j) => j.connectionId)).size).toBe(1);
    expect(Buffer.from(jobs[0]?.raw ?? []).toString('latin1')).toBe('first\n\x1dV\x00');
  });

  it.each<[string, ConditionsPatch, number[]]>([
    ['ready', {}, [0x12, 0x12, 0x12, 0x12, 0x00, 0x00]],
    ['paper near end', { paperNearEnd: true }, [0x12, 0x12, 0x12, 0x1e, 0x03, 0x00]],
    ['paper out', { paperOut: true }, [0x1a, 0x32, 0x12, 0x7e, 0x0f, 0x00]],
    ['cover open', { coverOpen: true }, [0x1a, 0x16, 0x12, 0x12, 0x00, 0x00]],
    ['cutter error', { error: 'cutter' }, [0x1a, 0x52, 0x1a, 0x12, 0x00, 0x00]],
    ['unrecoverable error', { error: 'unrecoverable' }, [0x1a, 0x52, 0x32, 0x12, 0x00, 0x00]],
    ['auto-recoverable error', { error: 'auto-recoverable' }, [0x1a, 0x52, 0x52, 0x12, 0x00, 0x00]],
    ['drawer pin 3 high', { drawerPin3High: true }, [0x16, 0x12, 0x12, 0x12, 0x00, 0x01]],
  ])('answers DLE EOT 1-4 and GS r 1-2 when %s', async (_name, condition, expected) => {
    const vp = await printer();
    await vp.setCondition(condition);
    const c = await client(vp.port);
    await c.send(statusQueries);
    expect([...(await c.read(6))]).toEqual(expected);
    expect(vp.jobs.size).toBe(0);
  });

  it('answers a query in real time in the middle of a job, without printing it', async () => {
    const vp = await printer();
    const c = await client(vp.port);
    await c.send(bytes([ESC, 0x40], 'half a ticket', LF, [DLE, EOT, 4]));
    expect([...(await c.read(1))]).toEqual([0x12]);
    expect(vp.jobs.size).toBe(0);
    await c.send(bytes('the rest', LF, CUT));
    const job = await vp.waitForJob();
    expect(job.text).toBe('half a ticket\nthe rest\n[CUT]');
    expect(job.decoded.queries).toEqual([{ offset: 16, command: 'DLE EOT', n: 4 }]);
  });

  it('keeps settings between jobs and connections, like a real printer', async () => {
    const vp = await printer();
    const first = await client(vp.port);
    await first.send(bytes([ESC, 0x74, 19], CUT));
    await first.close();
    const second = await client(vp.port);
    await second.send(bytes(0xd5, LF, CUT));
    await second.close();
    const [, euro] = await vp.jobs.waitForJobs(2);
    expect(euro?.text).toBe('€\n[CUT]');
    expect(euro?.connectionId).not.toBe(1);
  });

  it('takes jobs from several connections at once', async () => {
    const vp = await printer();
    const clients = await Promise.all([1, 2, 3, 4].map(() => client(vp.port)));
    await Promise.all(clients.map((c, i) => c.send(bytes(`ticket ${i}`, LF, CUT))));
    const jobs = await vp.jobs.waitForJobs(4);
    expect(jobs.map((j) => j.text.split('\n')[0]).sort()).toEqual([
      'ticket 0',
      'ticket 1',
      'ticket 2',
      'ticket 3',
    ]);
    expect(new Set(jobs.map((j) => j.connectionId)).size).toBe(4);
  });

  it('records jobs sent while out of paper or with the cover open as not printed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vp-'));
    open.dirs.push(dir);
    const vp = await printer({ outputDir: dir });
    await vp.setCondition({ paperOut: true });
    expect(vp.status()).toBe('paper-out');
    const c = await client(vp.port);
    await c.send(bytes('lost', LF, CUT));
    await vp.waitForJob();
    await vp.setCondition({ paperOut: false, coverOpen: true });
    await c.send(bytes('lost too', LF, CUT));
    await vp.waitForJob();
    await vp.setCondition({ coverOpen: false });
    await c.send(bytes('printed', LF, CUT));
    await vp.waitForJob();
    const jobs = vp.jobs.all();
    expect(jobs.map((j) => [j.printed, j.notPrintedReason, j.files !== null])).toEqual([
      [false, 'paper-out', false],
      [false, 'cover-open', false],
      [true, null, true],
    ]);
    expect((await readdir(dir)).sort()).toEqual(['0003.bin', '0003.html', '0003.png', '0003.txt']);
  });

  it('writes each printed job as .bin, .txt, .html and a PNG whose QR code scans', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vp-'));
    open.dirs.push(dir);
    const vp = await printer({ outputDir: join(dir, 'tickets') });
    const c = await client(vp.port);
    await c.send(sampleTicketBytes());
    const job = await vp.waitForJob();
    expect(job.files?.png).toBe(join(dir, 'tickets', '0001.png'));
    expect(await readFile(job.files?.txt ?? '', 'utf8')).toBe(`${job.text}\n`);
    expect(new Uint8Array(await readFile(job.files?.bin ?? ''))).toEqual(sampleTicketBytes());
    expect(await readFile(job.files?.html ?? '', 'utf8')).toContain('Attente estimée');
    const png = PNG.sync.read(await readFile(job.files?.png ?? ''));
    expect(png.width).toBe(464);
    expect(jsQR(Uint8ClampedArray.from(png.data), png.width, png.height)?.data).toBe(sampleToken);
  });

  it('goes offline: refuses connections, answers nothing, then comes back on the same port', async () => {
    const vp = await printer();
    const port = vp.port;
    const c = await client(port);
    await vp.setCondition({ offline: true, paperNearEnd: true });
    expect(vp.status()).toBe('offline');
    await expect(TcpClient.connect(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const swallowed = bytes([DLE, EOT, 4], 'swallowed', LF, CUT); // near end would answer 0x1E
    const discarded = once(vp, 'discard');
    await c.send(swallowed);
    expect(await discarded).toEqual([swallowed.length, 1]);
    await vp.setCondition({ offline: false, paperNearEnd: false });
    await c.send(bytes([DLE, EOT, 4]));
    expect([...(await c.read(1))]).toEqual([0x12]); // only the answer given once back online
    const again = await client(port);
    await again.send(bytes([DLE, EOT, 1]));
    expect([...(await again.read(1))]).toEqual([0x12]);
    expect(vp.jobs.size).toBe(0);
  });

  it('reads slowly at a byte rate: the sender finishes first, answers come after the job', async () => {
    const vp = await printer();
    await vp.setCondition({ slow: { bytesPerSecond: 4000 } });
    const c = await client(vp.port);
    // A 40 x 120-dot image: 4808 bytes, over a second at 4000 bytes/s.
    const image = bytes([GS, 0x76, 0x30, 0, 40, 0, 120, 0], new Array(4800).fill(0xaa), CUT);
    await c.send(bytes(image, [DLE, EOT, 1]));
    expect(vp.jobs.size).toBe(0);
    expect([...(await c.read(1))]).toEqual([0x12]);
    expect(vp.jobs.size).toBe(1);
    const job = await vp.waitForJob();
    expect(job.raw).toEqual(image);
  });

  it('prints at a paper speed: the job reports how long its paper took', async () => {
    const vp = await printer();
    await vp.setCondition({ slow: { mmPerSecond: 5000 } });
    const c = await client(vp.port);
    await c.send(sampleTicketBytes());
    const job = await vp.waitForJob();
    const lengthMm = layoutPaper(job.decoded).height / DOTS_PER_MM;
    expect(job.printDurationMs).toBeCloseTo((lengthMm / 5000) * 1000, 6);
  });

  it('prints what node-thermal-printer sends over the network', async () => {
    const vp = await printer();
    const thermal = new ThermalPrinter({
      type: PrinterTypes.EPSON,
      interface: `tcp://127.0.0.1:${vp.port}`,
      characterSet: CharacterSet.PC858_EURO,
      width: 32,
    });
    thermal.alignCenter();
    thermal.bold(true);
    thermal.println('Mairie - État civil');
    thermal.bold(false);
    thermal.println('Coût : 0,00 €');
    thermal.printQR('TOKEN-42', { cellSize: 5, correction: 'M', model: 2 });
    thermal.code128('A042');
    thermal.cut();
    await thermal.execute();
    const job = await vp.waitForJob();
    expect(job.text).toContain('Mairie - État civil');
    expect(job.text).toContain('Coût : 0,00 €');
    expect(job.decoded.items.filter((i) => i.kind === 'qr')).toMatchObject([
      { data: 'TOKEN-42', moduleSize: 5 },
    ]);
    expect(job.decoded.items.filter((i) => i.kind === 'barcode')).toMatchObject([
      { symbology: 'CODE128', hri: 'A042' },
    ]);
  });

  it('fails waits with a clear message on timeout and when closed', async () => {
    const vp = await startVirtualPrinter();
    await expect(vp.waitForJob(20)).rejects.toThrow(/no print job #1 within 20 ms/);
    const pending = vp.waitForJob();
    await vp.close();
    await expect(pending).rejects.toThrow('closed');
  });

  it('rejects invalid conditions with the reason', async () => {
    const vp = await printer();
    await expect(vp.setCondition({ slow: {} })).rejects.toThrow(/invalid printer condition: slow/);
    await expect(vp.setCondition({ error: 'jam' as never })).rejects.toThrow(/error/);
  });

  it('drops connections on close', async () => {
    const vp = await startVirtualPrinter();
    const socket = connect({ port: vp.port, host: '127.0.0.1' });
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.on('error', () => undefined);
    await vp.close();
    await closed;
  });
});
