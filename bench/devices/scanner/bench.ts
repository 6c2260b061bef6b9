import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Bench, BenchFigure } from '../../report';
import { parseScanPayload } from '../../../shared/scan/parse-scan';
import { SerialScanner } from '../../../main/devices/scanner/serial-scanner';
import { SocatPair } from '../../../main/devices/scanner/socat-pair';

// Figures for `npm run bench`: how fast the whitelist reads lines, and how long a scan
// takes from the scanner's last byte to the app's `scan` event over a real pseudo-terminal.

const lines = [
  'ACCUEIL:RDV:A1B2C3D4E5F6G7H8J9K0MNPQRS',
  'AB12-CD34-EF',
  'K7M-2QX',
  '3017620422003',
  'x'.repeat(600),
];

function parseRate(): BenchFigure {
  const inputs = lines.map((line) => new TextEncoder().encode(line));
  const rounds = 40_000;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) parseScanPayload(inputs[i % inputs.length] ?? new Uint8Array());
  const seconds = (performance.now() - start) / 1000;
  return {
    name: 'scan lines parsed per second',
    value: Math.round(rounds / seconds),
    unit: 'lines/s',
    note: 'mix of the three accepted kinds, a product barcode and an over-long line',
  };
}

async function serialLatency(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'accueil-scan-bench-'));
  const pair = await SocatPair.start({ dir });
  const scanner = new SerialScanner({ id: 'bench-scanner', device: { path: pair.devicePath } });
  try {
    await scanner.open();
    const samples: number[] = [];
    for (let i = 0; i < 200; i++) {
      const scanned = new Promise<void>((resolve) => {
        const off = scanner.on('scan', () => {
          off();
          resolve();
        });
      });
      const start = performance.now();
      await pair.write('AB12CD34EF\r');
      await scanned;
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) =>
      samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return [
      {
        name: 'scan latency over a pty, p50',
        value: round(at(0.5)),
        unit: 'ms',
        note: '200 scans, socat pair',
      },
      {
        name: 'scan latency over a pty, p95',
        value: round(at(0.95)),
        unit: 'ms',
        target: '< 50 ms',
        meets: at(0.95) < 50,
      },
    ];
  } finally {
    await scanner.close();
    await pair.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

export const bench: Bench = async () => ({
  title: 'Scanner',
  figures: [parseRate(), ...(await serialLatency())],
});
