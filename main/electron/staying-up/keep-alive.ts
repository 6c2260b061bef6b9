import type { BrowserWindow } from 'electron';
import { errorPageUrl } from '../app-protocol/app-pages';
import type { FailureKind, RecoveryBudget } from './crash-recovery';
import { defaultMemoryLimits, memoryVerdict, type MemoryLimits } from './memory-watch';

// Keeps one window up: a crashed, hung or unloadable page is reloaded within the
// recovery budget, then the error page shows and retries; the renderer's memory is
// sampled and the page reloaded at a quiet moment when it grows too much.

export interface KeepAliveOptions {
  pageUrl: () => string;
  budget: RecoveryBudget;
  clock: () => number;
  log: (message: string) => void;
  /** Tells the hub this screen is down (once per outage). */
  alertHub: (message: string) => void;
  /** The renderer's private memory, KB; undefined when unknown. */
  memoryKb: () => number | undefined;
  lastInputAt: () => number;
  busy?: () => boolean;
  memoryLimits?: MemoryLimits;
  sampleMs?: number;
}

export interface KeptAlive {
  /** A failure seen elsewhere (the GPU process, shared by every window). */
  failed(kind: FailureKind, detail: string): void;
  stop(): void;
}

export function keepAlive(window: BrowserWindow, options: KeepAliveOptions): KeptAlive {
  const { budget, clock, log } = options;
  const contents = window.webContents;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let reloadWhenQuiet = false;

  const load = (url: string) =>
    contents.loadURL(url).catch((error: unknown) => log(`loading ${url} failed: ${String(error)}`));

  const failed = (kind: FailureKind, detail: string) => {
    if (window.isDestroyed()) return;
    const action = budget.failed(clock());
    log(`window ${kind} (${detail}): ${action.action}`);
    if (action.action === 'reload') return void load(options.pageUrl());
    if (action.alertHub)
      options.alertHub(`the screen shows its error page after ${kind}: ${detail}`);
    void load(errorPageUrl);
    clearTimeout(retry);
    retry = setTimeout(() => {
      budget.retry(clock());
      void load(options.pageUrl());
    }, action.retryInMs);
  };

  contents.on('render-process-gone', (_event, details) => failed('renderer-gone', details.reason));
  window.on('unresponsive', () => failed('unresponsive', 'the page stopped answering'));
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 is an aborted load (a navigation replaced it), not a failure.
    if (isMainFrame && code !== -3 && url !== errorPageUrl)
      failed('load-failed', `${code} ${description}`);
  });

  const sampler = setInterval(() => {
    if (window.isDestroyed()) return;
    budget.stable(clock());
    const privateKb = options.memoryKb();
    if (privateKb === undefined) return;
    const verdict = memoryVerdict(
      {
        privateKb,
        now: clock(),
        lastInputAt: options.lastInputAt(),
        busy: options.busy?.() ?? false,
      },
      options.memoryLimits ?? defaultMemoryLimits,
    );
    if (verdict === 'reload-now') {
      log(`renderer memory at ${Math.round(privateKb / 1024)} MB: reloading the page`);
      reloadWhenQuiet = false;
      void load(options.pageUrl());
    } else if (verdict === 'reload-when-quiet' && !reloadWhenQuiet) {
      reloadWhenQuiet = true;
      log(
        `renderer memory at ${Math.round(privateKb / 1024)} MB: the page reloads at the next quiet moment`,
      );
    }
  }, options.sampleMs ?? 60_000);
  sampler.unref?.();

  return {
    failed,
    stop() {
      clearTimeout(retry);
      clearInterval(sampler);
    },
  };
}
