import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { PrinterStatus } from '../../../shared/devices/status';
import type { ReceiptContent, TicketContent } from '../../../shared/print/content';
import { createDeviceBridge, type DeviceBridge } from '../../common/device-bridge';
import { newIdempotencyKey } from '../../common/hub';

export type PrintKind = 'ticket' | 'receipt';

/** A job printed from this console this session, offered for a reprint. */
export interface PrintedJob {
  jobId: string;
  kind: PrintKind;
  /** "A004" for a ticket, the file's reference for a receipt. */
  label: string;
  at: number;
}

export type PrintOutcome =
  | { ok: true; jobId: string }
  | { ok: false; code: string; message: string; mayHavePrinted: boolean };

const JOBS_KEPT = 20;

type BridgeAnswer =
  | { ok: true }
  | { ok: false; error: { code: string; message: string; details?: { mayHavePrinted: boolean } } };

function jobId(): string {
  return `ctr_${newIdempotencyKey().slice(0, 24)}`;
}

/**
 * The counter's receipt printer, reached through the DeviceBridge (Electron's preload, a
 * device host on loopback, or none in a plain browser: then printing says it is off).
 */
export const usePrinterStore = defineStore('printer', () => {
  const bridge = shallowRef<DeviceBridge | null>(null);
  const status = ref<PrinterStatus | null>(null);
  const jobs = ref<PrintedJob[]>([]);
  const printing = ref(false);
  /** The latest print that failed without any paper coming out (staff are told of it). */
  const lastFailure = ref<{ code: string; at: number } | null>(null);

  const available = computed(() => bridge.value !== null && bridge.value.kind !== 'none');
  const canPrint = computed(
    () =>
      available.value &&
      !printing.value &&
      (status.value === null ||
        status.value.state === 'ready' ||
        status.value.state === 'paper-near-end' ||
        status.value.state === 'unknown'),
  );

  async function refresh(): Promise<void> {
    const answer = await bridge.value?.invoke('printer:status', { refresh: true });
    if (answer?.ok) status.value = answer.value;
  }

  /** Builds the bridge once and follows the printer's status changes. */
  function start(): void {
    if (bridge.value) return;
    const created = createDeviceBridge();
    bridge.value = created;
    if (created.kind === 'none') return;
    created.on('device:status-changed', (changed) => {
      if (changed.kind === 'printer') status.value = changed;
    });
    void refresh();
  }

  function remember(job: PrintedJob): void {
    jobs.value = [job, ...jobs.value].slice(0, JOBS_KEPT);
  }

  async function settle(
    call: (bridge: DeviceBridge) => Promise<BridgeAnswer>,
    job: PrintedJob,
  ): Promise<PrintOutcome> {
    const current = bridge.value;
    if (!current || current.kind === 'none')
      return { ok: false, code: 'unavailable', message: '', mayHavePrinted: false };
    printing.value = true;
    try {
      const answer = await call(current);
      if (answer.ok) {
        remember(job);
        return { ok: true, jobId: job.jobId };
      }
      const mayHavePrinted = answer.error.details?.mayHavePrinted ?? false;
      // A paper that may be out there is offered for a reprint, never printed again blindly.
      if (mayHavePrinted) remember(job);
      else lastFailure.value = { code: answer.error.code, at: Date.now() };
      return { ok: false, code: answer.error.code, message: answer.error.message, mayHavePrinted };
    } finally {
      printing.value = false;
      void refresh();
    }
  }

  function printTicket(content: TicketContent): Promise<PrintOutcome> {
    const job: PrintedJob = {
      jobId: jobId(),
      kind: 'ticket',
      label: content.ticketNumber,
      at: Date.now(),
    };
    return settle((b) => b.invoke('printer:print-ticket', { jobId: job.jobId, content }), job);
  }

  function printReceipt(content: ReceiptContent): Promise<PrintOutcome> {
    const job: PrintedJob = {
      jobId: jobId(),
      kind: 'receipt',
      label: content.reference,
      at: Date.now(),
    };
    return settle((b) => b.invoke('printer:print-receipt', { jobId: job.jobId, content }), job);
  }

  /** A deliberate second paper, marked as a duplicate and kept in the printer's journal. */
  function reprint(original: PrintedJob, reason: string): Promise<PrintOutcome> {
    const job: PrintedJob = { ...original, jobId: jobId(), at: Date.now() };
    return settle(
      (b) =>
        b.invoke('printer:reprint', {
          jobId: job.jobId,
          originalJobId: original.jobId,
          reason,
        }),
      job,
    );
  }

  return {
    bridgeKind: computed(() => bridge.value?.kind ?? 'none'),
    status,
    jobs,
    printing,
    lastFailure,
    available,
    canPrint,
    start,
    refresh,
    printTicket,
    printReceipt,
    reprint,
  };
});
