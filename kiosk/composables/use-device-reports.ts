import { watch } from 'vue';
import type { DeviceStatus } from '../../shared/devices/status';
import { useDevicesStore } from '../stores/devices-store';
import { useHubStore } from '../stores/hub-store';

/**
 * Tells the hub how this kiosk's printer and scanner are, at each change: the hub raises
 * the staff alerts itself (printer out of paper or offline, scanner unplugged) and
 * closes them when the device recovers.
 */
export function useDeviceReports() {
  const devices = useDevicesStore();
  const hub = useHubStore();
  watch(
    () => [devices.printer, devices.scanner] as const,
    ([printer, scanner]) => {
      const statuses: DeviceStatus[] = [];
      if (printer) statuses.push(printer);
      if (scanner) statuses.push(scanner);
      if (statuses.length > 0) void hub.reportDevices(statuses);
    },
  );
}
