import {
  browserChannels,
  browserEventName,
  browserEventSchema,
  type BrowserEvent,
} from '../../shared/ipc/browser-channels';
import { failure, resultSchemaOf, type ChannelResult } from '../../shared/ipc/envelope';
import type { RequestOf } from '../../shared/ipc/device-api';
import { preloadAppGlobalName } from '../../shared/ipc/app-channels';

// The kiosk page's side of the locked browser: the Electron preload's `accueilApp`
// (absent in web mode, where the kiosk offers QR codes instead). Every answer and event
// from main is checked against the contract before the page believes it.

type Channels = typeof browserChannels;
type Channel = keyof Channels;

interface PreloadAppApi {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export interface BrowserBridge {
  invoke<C extends Channel>(
    channel: C,
    request: RequestOf<Channels, C>,
  ): Promise<ChannelResult<Channels[C]>>;
  onEvent(listener: (event: BrowserEvent) => void): () => void;
}

function preloadApi(scope: object): PreloadAppApi | null {
  const api = (scope as Record<string, unknown>)[preloadAppGlobalName] as
    Partial<PreloadAppApi> | undefined;
  return api && typeof api.invoke === 'function' && typeof api.on === 'function'
    ? (api as PreloadAppApi)
    : null;
}

/** The locked browser where the kiosk runs in the Electron app; null in a web browser. */
export function browserBridge(scope: object = globalThis): BrowserBridge | null {
  const api = preloadApi(scope);
  if (!api) return null;
  return {
    async invoke(channel, request) {
      const spec = browserChannels[channel];
      try {
        const parsed = resultSchemaOf(spec).safeParse(await api.invoke(channel, request));
        return parsed.success
          ? parsed.data
          : (failure(
              'bad-response',
              `${channel}: the answer does not match the contract`,
            ) as never);
      } catch (error) {
        return failure('unreachable', `${channel}: ${String(error).slice(0, 200)}`) as never;
      }
    },
    onEvent(listener) {
      return api.on(browserEventName, (payload) => {
        const parsed = browserEventSchema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}
