import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { printContentSchema } from '../../../shared/print/content';
import { renderPrintContent } from '../../../shared/print/layout';
import type { Bench, BenchFigure } from '../../report';
import { startVirtualPrinter } from '../../../main/devices/virtual-printer';
import { createTicketPrinter } from '../../../main/devices/printer/create-printer';
import { PrintJournal } from '../../../main/devices/printer/print-journal';
import { createRasterizer } from '../../../main/devices/printer/rasterize';
import {
  sampleReceipt,
  sampleTicket,
} from '../../../main/devices/printer/test-support/sample-content';

// Time from a ticket's content model to bytes, then to bytes taken by a printer: the
// virtual printer over loopback, with the status check before the job, the journal
// written durably around it and the printer's acknowledgement after it.

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function timeEach(runs: number, task: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

function layoutFigures(name: string, times: number[], target: number): BenchFigure[] {
  const median = percentile(times, 50) * 1000;
  const p95 = percentile(times, 95) * 1000;
  return [
    {
      name: `${name}, median`,
      value: round(median),
      unit: 'µs',
      target: `< ${target} µs`,
      meets: median < target,
    },
    { name: `${name}, p95`, value: round(p95), unit: 'µs' },
  ];
}

export const bench: Bench = async () => {
  const figures: BenchFigure[] = [];
  const parseAndRender =
    (content: unknown, rasterize?: ReturnType<typeof createRasterizer>) => () =>
      renderPrintContent(printContentSchema.parse(content), {
        paperWidth: 80,
        ...(rasterize ? { rasterize } : {}),
      });

  timeEach(200, parseAndRender(sampleTicket)); // warm-up
  figures.push(
    ...layoutFigures(
      'ticket content → ESC/POS bytes (fr, 80 mm)',
      timeEach(2000, parseAndRender(sampleTicket)),
      1000,
    ),
    ...layoutFigures(
      'receipt content → ESC/POS bytes (fr, 80 mm)',
      timeEach(2000, parseAndRender(sampleReceipt)),
      1000,
    ),
  );
  const rasterize = createRasterizer();
  const arabic = { ...sampleTicket, language: 'ar', serviceName: 'الحالة المدنية' };
  figures.push(
    ...layoutFigures(
      'ticket content → bytes (ar, 7 lines rasterized)',
      timeEach(100, parseAndRender(arabic, rasterize)),
      50_000,
    ),
  );

  const dir = mkdtempSync(join(tmpdir(), 'printer-bench-'));
  const vp = await startVirtualPrinter({ paperWidthMm: 80 });
  const journal = PrintJournal.open(join(dir, 'print.sqlite'));
  const printer = createTicketPrinter(
    { link: 'network', deviceId: 'bench', host: '127.0.0.1', port: vp.port, paperWidth: 80 },
    { journal, rasterize },
  );
  try {
    const runs = 200;
    const times: number[] = [];
    for (let i = 0; i < runs + 20; i++) {
      const start = performance.now();
      const result = await printer.print({
        id: `bench-${String(i).padStart(6, '0')}`,
        content: sampleTicket,
      });
      if (!result.ok) throw new Error(`bench job ${i} failed: ${result.detail}`);
      if (i >= 20) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    await vp.jobs.waitForJobs(runs + 20);
    const median = percentile(times, 50);
    figures.push(
      {
        name: 'ticket content → bytes acknowledged by the virtual printer (loopback), median',
        value: round(median, 2),
        unit: 'ms',
        target: '< 50 ms',
        meets: median < 50,
        note: 'status query, layout, journal (SQLite WAL, synchronous=FULL), TCP write, acknowledgement',
      },
      { name: 'same, p95', value: round(percentile(times, 95), 2), unit: 'ms' },
    );
  } finally {
    await printer.close();
    await vp.close();
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { title: 'Ticket printing', figures };
};
