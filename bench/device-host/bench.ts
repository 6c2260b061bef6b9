import { performance } from 'node:perf_hooks';
import type { Bench, BenchFigure } from '../report';
import { createHttpDeviceBridge } from '../../shared/ipc/http-device-bridge';
import type { DeviceBridge } from '../../shared/ipc/device-bridge';
import { sampleTicket } from '../../main/devices/printer/test-support/sample-content';
import { startDeviceHost } from '../../main/device-host/start-device-host';
import { NodeEventSource } from '../../main/device-host/test-support/node-event-source';

// Figures for `npm run bench`: what the device host adds between the kiosk and its
// devices in web mode, measured through the HTTP bridge the kiosk uses: a status call,
// a ticket from the call to the printer's confirmation, a scan from the serial line to
// the bridge's event.

function percentiles(name: string, samples: number[], target?: string): BenchFigure[] {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return [
    { name: `${name}, p50`, value: round(at(0.5)), unit: 'ms', note: `${samples.length} samples` },
    {
      name: `${name}, p95`,
      value: round(at(0.95)),
      unit: 'ms',
      ...(target ? { target } : {}),
    },
  ];
}

async function time(task: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

function nextScan(bridge: DeviceBridge): Promise<void> {
  return new Promise((resolve) => {
    const off = bridge.on('scanner:scanned', () => {
      off();
      resolve();
    });
  });
}

export const bench: Bench = async () => {
  const host = await startDeviceHost({
    printer: { kind: 'virtual', deviceId: 'bench-printer' },
    scanner: { kind: 'simulated', id: 'bench-scanner' },
    allowedOrigins: ['http://127.0.0.1:5173'],
    supervisor: { pollIntervalMs: 60_000 },
    log: () => {},
  });
  const bridge = createHttpDeviceBridge({
    link: { url: host.url, token: host.token },
    fetch: (url, init) => fetch(url, init),
    openEventSource: (url) => new NodeEventSource(url),
    scheduler: {
      after(ms, task) {
        const timer = setTimeout(task, ms);
        return () => clearTimeout(timer);
      },
    },
  });
  try {
    await new Promise<void>((resolve) => {
      const off = bridge.onConnectionChange((state) => {
        if (state !== 'connected') return;
        off();
        resolve();
      });
    });
    const status: number[] = [];
    for (let i = 0; i < 200; i++)
      status.push(await time(async () => void (await bridge.invoke('device:statuses'))));

    const print: number[] = [];
    for (let i = 0; i < 40; i++)
      print.push(
        await time(async () => {
          const result = await bridge.invoke('printer:print-ticket', {
            jobId: `bench-ticket-${String(i).padStart(4, '0')}`,
            content: sampleTicket,
          });
          if (!result.ok) throw new Error(`bench print failed: ${result.error.message}`);
        }),
      );

    const scan: number[] = [];
    for (let i = 0; i < 100; i++) {
      const heard = nextScan(bridge);
      scan.push(await time(() => host.injectScan('7A2KX9QW4M').then(() => heard)));
    }
    return {
      title: 'Device host (web mode, loopback HTTP + SSE)',
      figures: [
        ...percentiles('device:statuses round trip', status),
        ...percentiles(
          'ticket printed and confirmed (80 mm, virtual printer over TCP)',
          print,
          'part of the kiosk\u2019s 300 ms tap-to-print-job p95',
        ),
        ...percentiles('scan from serial line to bridge event', scan),
      ],
    };
  } finally {
    bridge.close();
    await host.close();
  }
};
