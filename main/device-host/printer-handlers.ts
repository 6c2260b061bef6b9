import type { PrinterStatus } from '../../shared/devices/status';
import type { DeviceResult } from '../../shared/ipc/device-api';
import { failure } from '../../shared/ipc/envelope';
import type { PrintResult } from '../../shared/print/job';
import type { TicketPrinter } from '../devices/printer/ticket-printer';
import type { DeviceSupervisor } from '../devices/supervisor/device-supervisor';
import type { Implementation } from './handler-table';
import type { DeviceChannels } from '../../shared/ipc/device-api';

// The printer's channels. Laying out the content (Arabic and other scripts as images),
// the at-most-once journal and the status check before each job are the TicketPrinter's
// (main/devices/printer); here its answers become the contract's.

type PrinterChannel =
  'printer:status' | 'printer:print-ticket' | 'printer:print-receipt' | 'printer:reprint';

export interface PrinterHandlerDeps {
  printer?: TicketPrinter;
  supervisor: DeviceSupervisor;
}

const noPrinter = 'no ticket printer is configured on this machine: offer a paperless ticket';

/** A PrintResult as the channel's answer: printer refusals become error codes. */
function answer(result: PrintResult): DeviceResult<'printer:reprint'> {
  if (result.ok) {
    const { ok: _ok, ...value } = result;
    return { ok: true, value };
  }
  return {
    ok: false,
    error: {
      code: result.reason,
      message: result.detail,
      details: { mayHavePrinted: result.mayHavePrinted, status: result.status },
    },
  };
}

/** Reprint-only reasons cannot come from a first print; if one did, say it plainly. */
function firstPrintAnswer<C extends 'printer:print-ticket' | 'printer:print-receipt'>(
  result: PrintResult,
): DeviceResult<C> {
  const mapped = answer(result);
  if (!mapped.ok && mapped.error.code === 'unknown-original')
    return failure('internal', `the printer answered a first print with: ${mapped.error.message}`);
  // Same answer shapes; only the reprint's extra code was ruled out above.
  return mapped as DeviceResult<C>;
}

export function printerHandlers({
  printer,
  supervisor,
}: PrinterHandlerDeps): Pick<Implementation<DeviceChannels>, PrinterChannel> {
  const supervisedStatus = (printer: TicketPrinter): PrinterStatus => {
    const status = supervisor.get(printer.deviceId);
    return status?.kind === 'printer' ? status : printer.lastStatus();
  };

  return {
    async 'printer:status'({ refresh }) {
      if (!printer) return failure('unavailable', noPrinter);
      if (refresh) {
        // Through the supervisor when it knows the printer, so the change is published.
        const [read] = await supervisor.refresh(printer.deviceId);
        const status = read?.kind === 'printer' ? read : await printer.status();
        return { ok: true, value: status };
      }
      return { ok: true, value: supervisedStatus(printer) };
    },
    async 'printer:print-ticket'({ jobId, content }) {
      if (!printer) return failure('unavailable', noPrinter);
      return firstPrintAnswer<'printer:print-ticket'>(await printer.print({ id: jobId, content }));
    },
    async 'printer:print-receipt'({ jobId, content }) {
      if (!printer) return failure('unavailable', noPrinter);
      return firstPrintAnswer<'printer:print-receipt'>(await printer.print({ id: jobId, content }));
    },
    async 'printer:reprint'({ jobId, originalJobId, reason }) {
      if (!printer) return failure('unavailable', noPrinter);
      return answer(await printer.reprint({ id: jobId, originalId: originalJobId, reason }));
    },
  };
}
