import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { PrinterStatus, ScannerStatus } from '../../shared/devices/status';
import type { DeviceHostLink } from '../../shared/ipc/http-routes';
import {
  createDeviceBridge,
  type BridgeConnection,
  type DeviceBridge,
  type DeviceEventPayload,
  type DeviceRequest,
} from '../../renderer/common/device-bridge';

/** Printer states in which no ticket can come out: paperless is then the only way. */
const cannotPrint: ReadonlySet<PrinterStatus['state']> = new Set([
  'paper-out',
  'cover-open',
  'offline',
  'error',
]);

/** This kiosk's printer and scanner, reached only through the DeviceBridge. */
export const useDevicesStore = defineStore('devices', () => {
  const bridge = shallowRef<DeviceBridge | null>(null);
  const connection = ref<BridgeConnection>('unavailable');
  const printer = ref<PrinterStatus | null>(null);
  const scanner = ref<ScannerStatus | null>(null);

  function onStatus(status: DeviceEventPayload<'device:status-changed'>) {
    if (status.kind === 'printer') printer.value = status;
    else scanner.value = status;
  }

  async function connect(link: DeviceHostLink | null) {
    const opened = createDeviceBridge({ link });
    bridge.value = opened;
    connection.value = opened.connection();
    opened.onConnectionChange((next) => (connection.value = next));
    opened.on('device:status-changed', onStatus);
    const statuses = await opened.invoke('device:statuses');
    if (statuses.ok) statuses.value.forEach(onStatus);
  }

  /** Listens to scans from the serial scanner; returns the function that stops. */
  function onScan(listener: (scan: DeviceEventPayload<'scanner:scanned'>) => void): () => void {
    return bridge.value?.on('scanner:scanned', listener) ?? (() => {});
  }

  async function printTicket(request: DeviceRequest<'printer:print-ticket'>) {
    if (!bridge.value)
      return { ok: false as const, error: { code: 'unavailable' as const, message: 'no bridge' } };
    return bridge.value.invoke('printer:print-ticket', request);
  }

  /** A printer is there and not known to be unable to print (an unknown state may still print). */
  const printerUsable = computed(
    () =>
      bridge.value !== null &&
      bridge.value.kind !== 'none' &&
      connection.value !== 'unavailable' &&
      printer.value !== null &&
      !cannotPrint.has(printer.value.state),
  );
  const scannerReady = computed(() => scanner.value?.state === 'ready');

  return {
    bridge,
    connection,
    printer,
    scanner,
    printerUsable,
    scannerReady,
    connect,
    onScan,
    printTicket,
  };
});
