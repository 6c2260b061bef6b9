import type { DemoChannels } from '../../shared/ipc/device-api';
import { demoChannels } from '../../shared/ipc/device-channels';
import { failure } from '../../shared/ipc/envelope';
import type { TicketPrinter } from '../devices/printer/ticket-printer';
import type { SimulatedScanner } from '../devices/scanner/simulated-scanner';
import type { VirtualPrinter } from '../devices/virtual-printer';
import { createHandlers, type HandlerTable } from './handler-table';

// The demo controls (shared/ipc/device-channels.ts, `demoChannels`): served only by a
// device host running the simulated scanner or the virtual printer, for a demo user or
// an end-to-end test to "scan" a code or run out of paper.

export interface DemoHandlerDeps {
  simulatedScanner?: SimulatedScanner;
  virtualPrinter?: VirtualPrinter;
  /** The TicketPrinter printing to the virtual printer, to read its status anew. */
  printer?: TicketPrinter;
  log: (message: string) => void;
}

export type DemoHandlers = HandlerTable<DemoChannels>;

const encoder = new TextEncoder();

export function createDemoHandlers(deps: DemoHandlerDeps): DemoHandlers {
  const { simulatedScanner, virtualPrinter, printer } = deps;
  const noVirtualPrinter = 'this device host does not run the virtual printer';

  return createHandlers(
    demoChannels,
    {
      async 'demo:scan'({ text }) {
        if (!simulatedScanner)
          return failure('unavailable', 'this device host has no simulated scanner to type into');
        await simulatedScanner.scan(text);
        return { ok: true, value: { bytes: encoder.encode(text).length } };
      },
      async 'demo:printer-conditions'(patch) {
        if (!virtualPrinter || !printer) return failure('unavailable', noVirtualPrinter);
        await virtualPrinter.setCondition(patch);
        return { ok: true, value: await printer.status() };
      },
      async 'demo:printed-jobs'({ afterId }) {
        if (!virtualPrinter) return failure('unavailable', noVirtualPrinter);
        const jobs = virtualPrinter.jobs.all().filter((job) => job.id > afterId);
        return {
          ok: true,
          value: jobs.map((job) => ({
            id: job.id,
            receivedAt: job.receivedAt,
            printed: job.printed,
            notPrintedReason: job.notPrintedReason,
            text: job.text,
            png: job.files?.png ?? null,
          })),
        };
      },
    },
    deps.log,
  );
}
