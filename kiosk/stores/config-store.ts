import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { KioskPageConfig } from '../config/page-config';
import { statusUrl } from '../logic/status-url';

/** This kiosk's configuration, read once from the page (config/page-config.ts). */
export const useConfigStore = defineStore('config', () => {
  const config = shallowRef<KioskPageConfig | null>(null);
  /** Why there is none: absent (not enrolled yet) or invalid (a wrong link). */
  const problem = shallowRef<string | null>(null);

  /** What a ticket's QR code carries: its status page, at the public origin (or the hub's). */
  function ticketQr(token: string): string {
    const base = config.value?.statusBase ?? config.value?.hub.baseUrl;
    return base ? statusUrl(base, token) : token;
  }

  return { config, problem, ticketQr };
});
