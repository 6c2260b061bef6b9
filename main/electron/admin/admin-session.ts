import type { ResultOf } from '../../../shared/ipc/device-api';
import { failure } from '../../../shared/ipc/envelope';
import type { AppChannels } from '../../../shared/ipc/app-channels';
import type { DeviceConfigService } from '../config/device-config-service';
import { attemptPin, defaultPinLimits, type PinLimits } from './admin-pin';

// The admin screen's lock: a PIN unlocks it for a few minutes. The count of wrong
// attempts is saved in the device configuration, so switching the kiosk off and on
// again does not reset the wait.

export class AdminSession {
  private unlockedUntilMs = 0;

  constructor(
    private readonly config: DeviceConfigService,
    private readonly clock: () => number = Date.now,
    private readonly unlockMs = 5 * 60_000,
    private readonly limits: PinLimits = defaultPinLimits,
  ) {}

  async unlock(pin: string): Promise<ResultOf<AppChannels, 'admin:unlock'>> {
    const current = this.config.config;
    if (!current?.adminPinHash)
      return failure('no-pin-set', 'no admin PIN is set on this device: run the setup again');
    const now = this.clock();
    const outcome = await attemptPin(
      pin,
      current.adminPinHash,
      current.pinAttempts,
      now,
      this.limits,
    );
    const saved = this.config.update((config) => ({ ...config, pinAttempts: outcome.state }));
    if (!saved.ok) throw new Error(`the PIN attempt could not be saved: ${saved.message}`);
    if (outcome.ok) {
      this.unlockedUntilMs = now + this.unlockMs;
      return { ok: true, value: { unlocked: true, until: this.unlockedUntilMs } };
    }
    const message =
      outcome.reason === 'wait' ? 'too many wrong PINs: wait before trying again' : 'wrong PIN';
    return {
      ok: false,
      error: { code: outcome.reason, message, details: { retryAt: outcome.retryAt } },
    };
  }

  /** Until when the admin screen stays unlocked (0: locked). */
  unlockedUntil(): number {
    return this.isUnlocked() ? this.unlockedUntilMs : 0;
  }

  isUnlocked(): boolean {
    return this.clock() < this.unlockedUntilMs;
  }

  lock(): void {
    this.unlockedUntilMs = 0;
  }
}
