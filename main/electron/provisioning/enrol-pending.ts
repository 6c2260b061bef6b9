import { enrolAnswerSchema } from '../../../shared/contracts/auth';
import { hubRoutes } from '../../../shared/contracts/routes';
import type { DeviceConfigService } from '../config/device-config-service';

// A provisioned device holds a one-time enrolment code until it reaches its hub: at
// start, once the session pins the hub's certificate, the code is exchanged for the
// device's own token (POST /api/v1/devices/enrol) and removed from the configuration.
// The hub unreachable: kept, tried at the next start. The code refused (used, expired,
// revoked): removed, and the log says to give the device a new code.

export type EnrolFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ status: number; json(): Promise<unknown> }>;

export type EnrolOutcome =
  | { kind: 'nothing-pending' }
  | { kind: 'enrolled'; deviceId: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'refused'; message: string };

export async function enrolPending(
  service: DeviceConfigService,
  post: EnrolFetch,
  log: (message: string) => void,
): Promise<EnrolOutcome> {
  const config = service.config;
  if (!config?.enrolmentCode) return { kind: 'nothing-pending' };
  const url = `${config.hub.url}${hubRoutes.enrol.path}`;
  let status: number;
  let body: unknown;
  try {
    const answer = await post(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: config.enrolmentCode }),
    });
    status = answer.status;
    body = await answer.json().catch(() => null);
  } catch (error) {
    const message = `the hub ${config.hub.url} cannot be reached to enrol this device (${error instanceof Error ? error.message : String(error)}): the code is kept and tried at the next start`;
    log(message);
    return { kind: 'unreachable', message };
  }
  const parsed = enrolAnswerSchema.safeParse(body);
  if (status === 201 && parsed.success) {
    const saved = service.update(({ enrolmentCode: _code, ...rest }) => ({
      ...rest,
      deviceToken: parsed.data.token,
    }));
    if (!saved.ok) return { kind: 'refused', message: saved.message };
    log(
      `enrolled with the hub as ${parsed.data.role} "${parsed.data.label}" (${parsed.data.deviceId})`,
    );
    return { kind: 'enrolled', deviceId: parsed.data.deviceId };
  }
  if (status >= 500) {
    const message = `the hub answered ${status} to the enrolment: the code is kept and tried at the next start`;
    log(message);
    return { kind: 'unreachable', message };
  }
  const reason =
    typeof body === 'object' && body !== null && 'message' in body
      ? String(body.message)
      : `status ${status}`;
  service.update(({ enrolmentCode: _code, ...rest }) => rest);
  const message = `the hub refused the enrolment code (${reason}): create a new code (POST /api/v1/devices/enrolment-codes) and provision the device again`;
  log(message);
  return { kind: 'refused', message };
}
