import { join } from 'node:path';
import Conf from 'conf';
import { confBackedStore, storeOptions, type ConfigStore, type ConfOptions } from './config-store';

/** The device configuration in a `conf` file, where Electron is absent (Node, tests). */
export function openConfStore({ cwd, configName }: ConfOptions): ConfigStore {
  return confBackedStore(
    () => new Conf<Record<string, unknown>>({ cwd, configName, ...storeOptions }),
    join(cwd, `${configName}.json`),
  );
}
