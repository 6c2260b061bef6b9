// What a window does when its renderer crashes, hangs or loses its GPU process: reload,
// but at most `maxReloads` times within `windowMs`; past that, show the error page, which
// tries the app again every `retryMs` (each try counted as a reload, so a page that keeps
// dying stays on the error page) and tells the hub once per outage.

export interface RecoveryLimits {
  maxReloads: number;
  windowMs: number;
  retryMs: number;
}

export const defaultRecoveryLimits: RecoveryLimits = {
  maxReloads: 3,
  windowMs: 5 * 60_000,
  retryMs: 30_000,
};

export type FailureKind = 'renderer-gone' | 'unresponsive' | 'gpu-gone' | 'load-failed';

export type RecoveryAction =
  { action: 'reload' } | { action: 'error-page'; retryInMs: number; alertHub: boolean };

export class RecoveryBudget {
  private reloads: number[] = [];
  private onErrorPage = false;

  constructor(private readonly limits: RecoveryLimits = defaultRecoveryLimits) {
    if (limits.maxReloads < 0 || limits.windowMs <= 0 || limits.retryMs <= 0)
      throw new Error('recovery limits must be positive');
  }

  /** A failure at `now`: reload while the budget lasts, else the error page. */
  failed(now: number): RecoveryAction {
    this.reloads = this.reloads.filter((at) => now - at < this.limits.windowMs);
    if (!this.onErrorPage && this.reloads.length < this.limits.maxReloads) {
      this.reloads.push(now);
      return { action: 'reload' };
    }
    const alertHub = !this.onErrorPage;
    this.onErrorPage = true;
    return { action: 'error-page', retryInMs: this.limits.retryMs, alertHub };
  }

  /** The error page's timer fired: the app is tried again (it may fail again). */
  retry(now: number): void {
    this.reloads.push(now);
  }

  /** The app has run a whole window without failing: back to a full budget. */
  stable(now: number): boolean {
    const recent = this.reloads.filter((at) => now - at < this.limits.windowMs);
    if (recent.length > 0) return false;
    this.reloads = [];
    this.onErrorPage = false;
    return true;
  }

  get showingErrorPage(): boolean {
    return this.onErrorPage;
  }
}
