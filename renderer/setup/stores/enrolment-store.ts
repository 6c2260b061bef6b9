import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { AppChannels } from '../../../shared/ipc/app-channels';
import type { ResultOf } from '../../../shared/ipc/device-api';
import type { ShownError } from '../logic/message-keys';
import { useAppStore } from './app-store';

type Value<C extends keyof AppChannels> = Extract<ResultOf<AppChannels, C>, { ok: true }>['value'];
export type ReadCertificate = Value<'setup:read-certificate'>;
export type Enrolled = Value<'setup:enrol'>;
export type DeviceMode = 'kiosk' | 'counter' | 'display';

/**
 * The enrolment form: the hub's address, read and tested (its certificate shown for IT
 * to compare and pin), then the mode, the one-time code, the language and the admin PIN.
 */
export const useEnrolmentStore = defineStore('enrolment', () => {
  const app = useAppStore();
  const hubUrl = ref('');
  const certificate = shallowRef<ReadCertificate | null>(null);
  /** The fingerprint IT compared and chose (the hub's certificate or its CA's). */
  const fingerprint = ref<string | null>(null);
  const compared = ref(false);
  const hubReady = shallowRef<{ origin: string; configured: boolean } | null>(null);
  const mode = ref<DeviceMode>('kiosk');
  const code = ref('');
  const language = ref<'fr' | 'en'>('fr');
  const pin = ref('');
  const pinAgain = ref('');
  const busy = ref(false);
  const error = shallowRef<ShownError | null>(null);
  const enrolled = shallowRef<Enrolled | null>(null);

  /** A pin is needed: TLS that the system's CAs do not vouch for. */
  const needsPin = computed(
    () => certificate.value !== null && certificate.value.tls && !certificate.value.trustedBySystem,
  );
  const pinMatches = computed(() => pin.value === pinAgain.value);

  function fail(answer: { code: string; message: string; details?: unknown }) {
    const details = answer.details as { retryAfterSeconds?: number } | undefined;
    error.value = {
      code: answer.code,
      message: answer.message,
      ...(details?.retryAfterSeconds !== undefined
        ? { retryAt: Date.now() + details.retryAfterSeconds * 1000 }
        : {}),
    };
  }

  async function run(task: () => Promise<void>): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      await task();
    } finally {
      busy.value = false;
    }
  }

  /** Step 1: what certificate the hub presents (nothing is sent to it yet). */
  const readHub = () =>
    run(async () => {
      certificate.value = null;
      fingerprint.value = null;
      compared.value = false;
      hubReady.value = null;
      const answer = await app.bridge.invoke('setup:read-certificate', { hubUrl: hubUrl.value });
      if (!answer.ok) return fail(answer.error);
      certificate.value = answer.value;
      if (!needsPin.value) await testHub();
    });

  /** Step 2: the hub reached, its certificate checked against the fingerprint chosen. */
  async function testHub(): Promise<void> {
    const answer = await app.bridge.invoke('setup:test-hub', {
      hubUrl: hubUrl.value,
      ...(needsPin.value && fingerprint.value ? { fingerprint: fingerprint.value } : {}),
    });
    if (!answer.ok) return fail(answer.error);
    hubReady.value = answer.value;
  }
  const confirmCertificate = () => run(testHub);

  const enrol = (options: { pinRequired: boolean }) =>
    run(async () => {
      const answer = await app.bridge.invoke('setup:enrol', {
        hubUrl: hubUrl.value,
        ...(needsPin.value && fingerprint.value ? { fingerprint: fingerprint.value } : {}),
        code: code.value,
        mode: mode.value,
        language: language.value,
        ...(options.pinRequired || pin.value ? { adminPin: pin.value } : {}),
      });
      if (!answer.ok) return fail(answer.error);
      enrolled.value = answer.value;
    });

  const restart = () =>
    run(async () => {
      const answer = await app.bridge.invoke('admin:restart');
      if (!answer.ok) fail(answer.error);
    });

  return {
    hubUrl,
    certificate,
    fingerprint,
    compared,
    hubReady,
    mode,
    code,
    language,
    pin,
    pinAgain,
    busy,
    error,
    enrolled,
    needsPin,
    pinMatches,
    readHub,
    confirmCertificate,
    enrol,
    restart,
  };
});
