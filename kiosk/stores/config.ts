import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { KioskPageConfig } from '../config/page-config';

/** This kiosk's configuration, read once from the page (config/page-config.ts). */
export const useConfigStore = defineStore('config', () => {
  const config = shallowRef<KioskPageConfig | null>(null);
  /** Why there is none: absent (not enrolled yet) or invalid (a wrong link). */
  const problem = shallowRef<string | null>(null);
  return { config, problem };
});
