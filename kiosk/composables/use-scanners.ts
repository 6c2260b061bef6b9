import { onScopeDispose } from 'vue';
import { WedgeDetector } from '../logic/wedge-detector';
import { useDevicesStore } from '../stores/devices-store';
import { useNavigationStore, type ScreenName } from '../stores/navigation-store';
import { useCheckIn } from './use-check-in';

/** Screens where a scan means "check me in"; elsewhere a visitor is busy with something else. */
const scanScreens: ReadonlySet<ScreenName> = new Set([
  'attract',
  'home',
  'check-in',
  'check-in-outcome',
]);

/**
 * Both kinds of scanner: the serial one through the DeviceBridge (`scanner:scanned`,
 * parsed by the device host) and keyboard-wedge ones, told from typing by their speed.
 */
export function useScanners(canScan: () => boolean) {
  const devices = useDevicesStore();
  const navigation = useNavigationStore();
  const checkIn = useCheckIn();
  const wedge = new WedgeDetector();
  const accepting = () => canScan() && scanScreens.has(navigation.screen.name);

  const stopSerial = devices.onScan((scan) => {
    if (!accepting()) return;
    if (scan.ok) void checkIn.submit(scan.payload);
    else checkIn.rejected(scan.reason);
  });

  const onKey = (event: KeyboardEvent) => {
    const result = wedge.key(event.key, event.timeStamp);
    if (result.kind !== 'scan' || !accepting()) return;
    // The burst may also have gone into the code field: the scan replaces it, and the
    // Enter that ended it must not submit the field as well.
    event.preventDefault();
    event.stopPropagation();
    void checkIn.submitScanned(result.text);
  };
  window.addEventListener('keydown', onKey, { capture: true });
  onScopeDispose(() => {
    stopSerial();
    window.removeEventListener('keydown', onKey, { capture: true });
  });
}
