import {
  appChannels,
  preloadAppGlobalName,
  type AppChannel,
  type AppChannels,
} from '../../../shared/ipc/app-channels';
import { resultSchema, type RequestArgs, type ResultOf } from '../../../shared/ipc/device-api';
import { describeIssues, failure } from '../../../shared/ipc/envelope';

// The setup and admin screens' only door to the main process: the preload's
// `window.accueilApp.invoke`, every answer checked against the contract (an app out of
// step with its preload shows as `bad-response`, not as a wrong value used later).

export interface PreloadAppApi {
  invoke(channel: string, request: unknown): Promise<unknown>;
}

export interface AppBridge {
  readonly available: boolean;
  invoke<C extends AppChannel>(
    channel: C,
    ...request: RequestArgs<AppChannels, C>
  ): Promise<ResultOf<AppChannels, C>>;
}

function isPreloadAppApi(value: unknown): value is PreloadAppApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).invoke === 'function'
  );
}

export function createAppBridge(preload: unknown): AppBridge {
  const api = isPreloadAppApi(preload) ? preload : null;
  return {
    available: api !== null,
    async invoke(channel, ...[request]) {
      type Answer = ResultOf<AppChannels, typeof channel>;
      if (!api)
        return failure(
          'unavailable',
          'this page runs outside the Accueil app: open it from the app',
        ) as Answer;
      let answer: unknown;
      try {
        answer = await api.invoke(channel, request ?? {});
      } catch (error) {
        return failure(
          'unreachable',
          `${channel}: the app did not answer (${error instanceof Error ? error.message : String(error)})`,
        ) as Answer;
      }
      const parsed = resultSchema(appChannels, channel).safeParse(answer);
      return parsed.success
        ? parsed.data
        : (failure(
            'bad-response',
            `${channel}: an answer outside the contract (${describeIssues(parsed.error)})`,
          ) as Answer);
    },
  };
}

/** The bridge of this page: the preload's object, if the app exposed it. */
export function pageAppBridge(): AppBridge {
  return createAppBridge((window as unknown as Record<string, unknown>)[preloadAppGlobalName]);
}
