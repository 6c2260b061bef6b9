import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorPageUrl } from '../app-protocol/app-pages';
import { MockBrowserWindow, resetElectronMock } from '../test-support/electron-mock';
import { RecoveryBudget } from './crash-recovery';
import { keepAlive, type KeptAlive } from './keep-alive';

vi.mock('electron', () => import('../test-support/electron-mock'));

const page = 'app://accueil/kiosk/#hub=https%3A%2F%2Fhub.test';
let window: MockBrowserWindow;
let alive: KeptAlive;
let alerts: string[];
let memoryKb: number;
let lastInputAt: number;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 3, 7, 8) });
  resetElectronMock();
  window = new MockBrowserWindow();
  alerts = [];
  memoryKb = 200_000;
  lastInputAt = Date.now();
  alive = keepAlive(window as unknown as BrowserWindow, {
    pageUrl: () => page,
    budget: new RecoveryBudget({ maxReloads: 2, windowMs: 5 * 60_000, retryMs: 30_000 }),
    clock: () => Date.now(),
    log: () => {},
    alertHub: (message) => alerts.push(message),
    memoryKb: () => memoryKb,
    lastInputAt: () => lastInputAt,
    memoryLimits: { softKb: 600_000, hardKb: 1_200_000, quietMs: 120_000 },
    sampleMs: 60_000,
  });
});
afterEach(() => {
  alive.stop();
  vi.useRealTimers();
});

const url = () => window.webContents.getURL();

describe('keeping a window up', () => {
  it('reloads after a crash or a hang, then shows the error page, alerts once and retries', async () => {
    window.webContents.fire('render-process-gone', { reason: 'crashed', exitCode: 139 });
    expect(url()).toBe(page);
    window.webContents.mainFrame.url = '';
    window.emit('unresponsive');
    expect(url()).toBe(page);
    window.webContents.fire('render-process-gone', { reason: 'oom', exitCode: 0 });
    expect(url()).toBe(errorPageUrl);
    expect(alerts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(url()).toBe(page);
    alive.failed('gpu-gone', 'crashed');
    expect(url()).toBe(errorPageUrl);
    expect(alerts).toHaveLength(1);
  });

  it('ignores an aborted load and a sub-frame failure, not a main-frame one', () => {
    window.webContents.mainFrame.url = 'app://accueil/kiosk/';
    window.webContents.fire('did-fail-load', -3, 'ERR_ABORTED', page, true);
    window.webContents.fire(
      'did-fail-load',
      -105,
      'ERR_NAME_NOT_RESOLVED',
      'https://x.test/',
      false,
    );
    expect(url()).toBe('app://accueil/kiosk/');
    window.webContents.fire('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', page, true);
    expect(url()).toBe(page);
  });

  it('reloads a page grown too big at the first quiet moment, and at once past the hard limit', async () => {
    window.webContents.mainFrame.url = 'app://accueil/kiosk/';
    memoryKb = 700_000;
    await vi.advanceTimersByTimeAsync(60_000);
    lastInputAt = Date.now(); // a visitor is using the screen
    await vi.advanceTimersByTimeAsync(60_000);
    expect(url()).toBe('app://accueil/kiosk/');
    await vi.advanceTimersByTimeAsync(120_000); // nobody touched it for two minutes
    expect(url()).toBe(page);
    window.webContents.mainFrame.url = 'app://accueil/kiosk/';
    memoryKb = 1_300_000;
    lastInputAt = Date.now() + 60_000;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(url()).toBe(page);
  });
});
