import { createHubClient, HubApiError } from '../../../shared/contracts/hub-client';
import type { ParsedRequestOf, ResultOf } from '../../../shared/ipc/device-api';
import { describeIssues, failure } from '../../../shared/ipc/envelope';
import type { SetupChannels } from '../../../shared/ipc/setup-channels';
import { noPinFailures } from '../admin/admin-pin';
import {
  deviceConfigSchema,
  deviceConfigVersion,
  type DeviceConfig,
  type DeviceConfigInput,
} from '../config/device-config';
import type { DeviceConfigService } from '../config/device-config-service';
import { hubOriginOf, reachErrorOf, type HubFetchFor } from './hub-reach';

// Enrols this device with its hub (POST /api/v1/devices/enrol with the one-time code) and
// saves what the device needs from then on: mode, hub and pinned fingerprint, the token,
// language, the admin PIN's hash. The code is redeemed only once everything else is
// known to be acceptable, so a refused form never spends it. A re-enrolment (from the
// admin screen) keeps the printer, the scanner, the power schedule and the PIN.

export interface EnrolDeps {
  config: DeviceConfigService;
  hubFetch: HubFetchFor;
  hashPin: (pin: string) => Promise<string>;
  clock: () => number;
  log: (message: string) => void;
}

type Request = ParsedRequestOf<SetupChannels, 'setup:enrol'>;
type Result = ResultOf<SetupChannels, 'setup:enrol'>;

export async function enrolDevice(request: Request, deps: EnrolDeps): Promise<Result> {
  const hub = hubOriginOf(request.hubUrl);
  if (!hub.ok) return failure('invalid-url', `hubUrl: ${hub.message}`);
  const current = deps.config.config;
  if (!request.adminPin && !current?.adminPinHash)
    return failure(
      'pin-required',
      'choose an admin PIN (6 to 12 digits): it guards the admin screen',
    );
  const adminPinHash = request.adminPin
    ? await deps.hashPin(request.adminPin)
    : current?.adminPinHash;

  // Checked with a stand-in token before the code is spent.
  const trial = configAfter(current, request, hub.origin, adminPinHash, {
    token: 'enrolment-token-to-come',
    enrolment: { deviceId: 'device-to-come', label: '', at: deps.clock() },
  });
  const refused = deviceConfigSchema.safeParse({ ...trial, version: deviceConfigVersion });
  if (!refused.success)
    return failure(
      'config-refused',
      `the configuration is refused: ${describeIssues(refused.error)}`,
    );

  const client = createHubClient({
    baseUrl: hub.origin,
    fetch: deps.hubFetch(hub.origin, request.fingerprint),
  });
  let enrolled;
  try {
    enrolled = await client.enrol({ code: request.code });
  } catch (error) {
    if (error instanceof HubApiError && error.code === 'rate-limited') {
      const seconds = Number(error.details?.retryAfterSeconds ?? 60);
      return {
        ok: false,
        error: {
          code: 'rate-limited',
          message: error.message,
          details: { retryAfterSeconds: Number.isInteger(seconds) && seconds >= 0 ? seconds : 60 },
        },
      };
    }
    if (error instanceof HubApiError && error.code === 'unauthenticated')
      return failure('code-refused', error.message);
    if (error instanceof HubApiError && error.code === 'invalid-request')
      return failure('code-refused', `the hub refused the code: ${error.message}`);
    const reach = reachErrorOf(error, hub.origin);
    deps.log(`enrolment with ${hub.origin} failed: ${reach.message}`);
    return failure(reach.code, reach.message);
  }
  if (enrolled.role !== request.mode) {
    deps.log(
      `enrolled as ${enrolled.role} (${enrolled.deviceId}) while ${request.mode} was chosen`,
    );
    return failure(
      'role-mismatch',
      `this code is for a ${enrolled.role}, not a ${request.mode}: the hub enrolled device ${enrolled.deviceId} as a ${enrolled.role}; revoke it on the hub and ask for a ${request.mode} code`,
    );
  }

  const saved = deps.config.save(
    configAfter(current, request, hub.origin, adminPinHash, {
      token: enrolled.token,
      enrolment: { deviceId: enrolled.deviceId, label: enrolled.label, at: deps.clock() },
    }),
  );
  if (!saved.ok) {
    deps.log(
      `device ${enrolled.deviceId} enrolled but its configuration was refused: ${saved.message}`,
    );
    return failure(
      'config-refused',
      `enrolled as ${enrolled.deviceId}, but the configuration could not be saved (${saved.message}): revoke it on the hub and run the setup again`,
    );
  }
  deps.log(
    `enrolled with ${hub.origin} as ${enrolled.role} ${enrolled.deviceId} (${enrolled.label})`,
  );
  return {
    ok: true,
    value: { deviceId: enrolled.deviceId, label: enrolled.label, mode: request.mode },
  };
}

function configAfter(
  current: DeviceConfig | null,
  request: Request,
  origin: string,
  adminPinHash: string | undefined,
  got: { token: string; enrolment: { deviceId: string; label: string; at: number } },
): Omit<DeviceConfigInput, 'version'> {
  const { version: _version, ...kept } = current ?? {};
  return {
    ...kept,
    mode: request.mode,
    hub: { url: origin, ...(request.fingerprint ? { fingerprint: request.fingerprint } : {}) },
    deviceToken: got.token,
    enrolment: got.enrolment,
    language: request.language,
    ...(adminPinHash ? { adminPinHash } : {}),
    pinAttempts: noPinFailures,
  };
}
