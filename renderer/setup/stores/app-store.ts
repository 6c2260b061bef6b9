import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { AppChannels } from '../../../shared/ipc/app-channels';
import type { ResultOf } from '../../../shared/ipc/device-api';
import { pageAppBridge, type AppBridge } from '../bridge/app-bridge';

type Value<C extends keyof AppChannels> = Extract<ResultOf<AppChannels, C>, { ok: true }>['value'];
export type AppInfo = Value<'app:info'>;
export type SetupProblem = Value<'setup:problem'>;

/** What the app says about itself: its mode (or setup) and why the setup screen is open. */
export const useAppStore = defineStore('app', () => {
  const bridge = shallowRef<AppBridge>(pageAppBridge());
  const info = shallowRef<AppInfo | null>(null);
  const problem = shallowRef<SetupProblem | null>(null);
  /** The app could not be asked (the page is open outside the app, or main failed). */
  const unreachable = shallowRef<string | null>(null);

  async function load(): Promise<void> {
    const [infoAnswer, problemAnswer] = await Promise.all([
      bridge.value.invoke('app:info'),
      bridge.value.invoke('setup:problem'),
    ]);
    if (!infoAnswer.ok) {
      unreachable.value = infoAnswer.error.code;
      return;
    }
    info.value = infoAnswer.value;
    problem.value = problemAnswer.ok ? problemAnswer.value : null;
  }

  return { bridge, info, problem, unreachable, load };
});
