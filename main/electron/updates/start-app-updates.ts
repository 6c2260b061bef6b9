import { autoUpdater } from 'electron-updater';
import log from 'electron-log/main';
import type { DeviceConfig } from '../config/device-config';
import { startUpdates, type UpdateService, type UpdaterLike } from './update-service';

// The packaged app's updates: electron-updater's autoUpdater, logging to the app's log,
// with the device's channel, server and power schedule (the entry calls this only when
// the app is packaged: electron-updater has no app-update.yml otherwise).

export function startAppUpdates(
  device: DeviceConfig,
  lastInputAt: () => number,
  /** Something is under way on screen: a visitor in the locked browser, the admin screen open. */
  busy: () => boolean,
  say: (message: string) => void,
): UpdateService {
  autoUpdater.logger = log;
  const service = startUpdates({
    updater: autoUpdater as UpdaterLike,
    updates: device.updates,
    facts: () => ({
      timeZone: device.power.timeZone,
      calendar: device.power.calendar,
      schedule: device.power,
      lastInputAt: lastInputAt(),
      busy: busy(),
    }),
    clock: Date.now,
    log: say,
  });
  void service.evaluate();
  return service;
}
