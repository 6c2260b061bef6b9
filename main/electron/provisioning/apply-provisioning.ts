import type { DeviceConfig, DeviceConfigInput } from '../config/device-config';
import type { ProvisioningFile } from './provisioning-file';

// What a provisioning file changes in the device configuration (pure). It names the
// device's mode, hub, pin, language, devices and updates; what the device keeps of its
// own (the admin PIN, its attempts, the screen) stays. A new hub or enrolment code drops
// the device token: the device enrols again with the new code.

export interface Provisioned {
  file: ProvisioningFile;
  fingerprint: string;
  sha256: string;
}

export function provisionedConfig(
  current: DeviceConfig | null,
  { file, fingerprint, sha256 }: Provisioned,
  now: number,
): Omit<DeviceConfigInput, 'version'> {
  const keep = current ?? {};
  const {
    version: _version,
    deviceToken: _token,
    enrolmentCode: _code,
    ...kept
  } = keep as Partial<DeviceConfig>;
  return {
    ...kept,
    mode: file.mode,
    hub: { url: file.hubUrl, fingerprint },
    label: file.label,
    enrolmentCode: file.enrolmentCode,
    language: file.language,
    ...(file.printer !== undefined ? { printer: file.printer } : {}),
    ...(file.scanner !== undefined ? { scanner: file.scanner } : {}),
    ...(file.power !== undefined ? { power: file.power } : {}),
    ...(file.updateChannel !== undefined || file.updateUrl !== undefined
      ? {
          updates: {
            channel: file.updateChannel ?? current?.updates?.channel ?? 'latest',
            ...(file.updateUrl !== undefined ? { url: file.updateUrl } : {}),
          },
        }
      : {}),
    provisionedFrom: { sha256, appliedAt: now },
  };
}

/** The file as it is kept after it is applied: the one-time code is a secret, consumed. */
export function redactedCopy(file: ProvisioningFile, now: number): string {
  return `${JSON.stringify(
    { ...file, enrolmentCode: '(consumed)', appliedAt: new Date(now).toISOString() },
    null,
    2,
  )}\n`;
}
