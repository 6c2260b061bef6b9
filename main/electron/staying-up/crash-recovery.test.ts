import { describe, expect, it } from 'vitest';
import { RecoveryBudget } from './crash-recovery';

const limits = { maxReloads: 3, windowMs: 5 * 60_000, retryMs: 30_000 };
const minute = 60_000;

describe('crash recovery', () => {
  it('reloads at most N times in M minutes, then shows the error page and alerts the hub once', () => {
    const budget = new RecoveryBudget(limits);
    const t0 = 1_000_000;
    expect(budget.failed(t0)).toEqual({ action: 'reload' });
    expect(budget.failed(t0 + minute)).toEqual({ action: 'reload' });
    expect(budget.failed(t0 + 2 * minute)).toEqual({ action: 'reload' });
    expect(budget.failed(t0 + 3 * minute)).toEqual({
      action: 'error-page',
      retryInMs: 30_000,
      alertHub: true,
    });
    expect(budget.showingErrorPage).toBe(true);
    // The error page retries; a retry that fails again stays on it, without a new alert.
    budget.retry(t0 + 3.5 * minute);
    expect(budget.failed(t0 + 3.6 * minute)).toMatchObject({
      action: 'error-page',
      alertHub: false,
    });
  });

  it('gives the budget back as failures age out of the window', () => {
    const budget = new RecoveryBudget(limits);
    for (const at of [0, minute, 2 * minute]) expect(budget.failed(at).action).toBe('reload');
    // The first failure is more than 5 minutes old: one reload is available again.
    expect(budget.failed(5 * minute + 1).action).toBe('reload');
    expect(budget.failed(5 * minute + 2).action).toBe('error-page');
  });

  it('leaves the error page only after a whole quiet window', () => {
    const budget = new RecoveryBudget(limits);
    for (let i = 0; i < 4; i += 1) budget.failed(i);
    budget.retry(10 * minute);
    expect(budget.stable(12 * minute)).toBe(false);
    expect(budget.stable(15 * minute + 1)).toBe(true);
    expect(budget.showingErrorPage).toBe(false);
    expect(budget.failed(16 * minute)).toEqual({ action: 'reload' });
  });

  it('with no reload allowed goes straight to the error page', () => {
    expect(new RecoveryBudget({ ...limits, maxReloads: 0 }).failed(0).action).toBe('error-page');
    expect(() => new RecoveryBudget({ ...limits, windowMs: 0 })).toThrow();
  });
});
