import { describe, expect, it } from 'vitest';
import type { BrowserEvent } from '../../shared/ipc/browser-channels';
import { browserBridge } from './browser-bridge';

function scope(answer: (channel: string, request: unknown) => unknown) {
  const listeners: ((payload: unknown) => void)[] = [];
  return {
    listeners,
    accueilApp: {
      invoke: async (channel: string, request: unknown) => answer(channel, request),
      on: (event: string, listener: (payload: unknown) => void) => {
        if (event === 'browser:event') listeners.push(listener);
        return () => {};
      },
    },
  };
}

describe("the kiosk page's bridge to the locked browser", () => {
  it('is absent in a web browser (no preload)', () => {
    expect(browserBridge({})).toBeNull();
    expect(browserBridge({ accueilApp: { invoke: () => 1 } })).toBeNull();
  });

  it('believes only answers of the contract', async () => {
    const good = browserBridge(scope(() => ({ ok: true, value: { ended: true } })));
    expect(await good?.invoke('browser:end', {})).toEqual({ ok: true, value: { ended: true } });
    const bad = browserBridge(scope(() => ({ ok: true, value: { ended: 'yes' } })));
    expect(await bad?.invoke('browser:end', {})).toMatchObject({
      ok: false,
      error: { code: 'bad-response' },
    });
    const thrown = browserBridge(
      scope(() => {
        throw new Error('gone');
      }),
    );
    expect(await thrown?.invoke('browser:end', {})).toMatchObject({
      ok: false,
      error: { code: 'unreachable' },
    });
  });

  it('passes on only events of the contract', () => {
    const page = scope(() => undefined);
    const got: BrowserEvent[] = [];
    browserBridge(page)?.onEvent((event) => got.push(event));
    for (const payload of [
      { kind: 'refused', reason: 'origin', host: 'evil.example' },
      { kind: 'print-refused' },
      { kind: 'file-refused' },
      { kind: 'refused', reason: 'because', host: 'x' },
      { kind: 'activity', extra: 1 },
      'activity',
    ])
      page.listeners.forEach((listener) => listener(payload));
    expect(got).toEqual([
      { kind: 'refused', reason: 'origin', host: 'evil.example' },
      { kind: 'print-refused' },
      { kind: 'file-refused' },
    ]);
  });
});
