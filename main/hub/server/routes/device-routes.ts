import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  agentCredentialBodySchema,
  agentParamsSchema,
  deviceParamsSchema,
  enrolBodySchema,
  enrolmentCodeBodySchema,
  enrolmentCodesBatchBodySchema,
} from '../../../../shared/contracts/auth';
import { z } from 'zod';
import { enrolmentCodesCsv } from './enrolment-codes-csv';
import { hubRoutes as routes, type RouteAnswers } from '../../../../shared/contracts/routes';
import type { HubContext } from '../../hub-context';
import { authorize } from '../authorize';
import { HubError } from '../hub-error';
import { parseInput } from '../parse-input';

/**
 * Device enrolment and revocation, and agents' credentials: the administrator's routes;
 * and the fleet as floor managers see it (no secret in it).
 */
export function registerDeviceRoutes(app: FastifyInstance, hub: HubContext): void {
  app.post(
    routes.createEnrolmentCode.path,
    async (request, reply): Promise<RouteAnswers['createEnrolmentCode']> => {
      authorize(hub, request, routes.createEnrolmentCode.access, 'create enrolment codes');
      const { role, label } = parseInput(enrolmentCodeBodySchema, request.body);
      const ttl = hub.settings.enrolmentCodeMinutes * 60_000;
      void reply.code(201);
      return hub.devices.issueCode(role, label, hub.clock(), ttl);
    },
  );

  const batchQuery = z.strictObject({
    format: z.enum(['json', 'csv']).default('json'),
    style: z.enum(['fr', 'intl']).default('fr'),
  });
  app.post(routes.createEnrolmentCodes.path, async (request, reply) => {
    authorize(hub, request, routes.createEnrolmentCodes.access, 'create enrolment codes');
    const { role, labels, validHours } = parseInput(enrolmentCodesBatchBodySchema, request.body);
    const { format, style } = parseInput(batchQuery, request.query, 'query');
    const ttl = (validHours ?? hub.settings.enrolmentCodeMinutes / 60) * 3_600_000;
    const codes = hub.devices.issueCodes(role, labels, hub.clock(), ttl);
    hub.log(`${codes.length} enrolment codes issued for ${role} devices`);
    void reply.code(201);
    if (format === 'json') return { codes } satisfies RouteAnswers['createEnrolmentCodes'];
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="enrolment-codes-${role}.csv"`);
    return enrolmentCodesCsv(codes, style);
  });

  app.post(routes.enrol.path, async (request, reply): Promise<RouteAnswers['enrol']> => {
    const { code } = parseInput(enrolBodySchema, request.body);
    const now = hub.clock();
    const wait = hub.enrolFailures.retryAfter(request.ip, now);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new HubError(
        'rate-limited',
        `too many wrong enrolment codes from this address: wait ${seconds} s, then type the code again carefully`,
        { retryAfterSeconds: seconds },
        { 'retry-after': String(seconds) },
      );
    }
    const result = hub.devices.redeem(code, now, randomUUID);
    if (!result.ok) {
      hub.enrolFailures.fail(request.ip, now);
      const why = {
        unknown:
          'this enrolment code is not known: check it, or ask the administrator for a new one',
        used: 'this enrolment code was already used: ask the administrator for a new one',
        expired: 'this enrolment code has expired: ask the administrator for a new one',
      }[result.reason];
      throw new HubError('unauthenticated', why, { reason: result.reason });
    }
    hub.log(
      `device ${result.device.id} enrolled as ${result.device.role} (${result.device.label})`,
    );
    void reply.code(201);
    const { device, token } = result;
    return { deviceId: device.id, role: device.role, label: device.label, token };
  });

  app.get(routes.devices.path, async (request): Promise<RouteAnswers['devices']> => {
    authorize(hub, request, routes.devices.access, 'list devices');
    return { devices: hub.devices.list() };
  });

  app.get(routes.fleet.path, async (request): Promise<RouteAnswers['fleet']> => {
    authorize(hub, request, routes.fleet.access, 'see the devices');
    const connected = hub.connectedDeviceIds();
    const devices = hub.devices
      .list()
      .filter((d) => d.revokedAt === null)
      .map((d) => ({
        id: d.id,
        role: d.role,
        label: d.label,
        enrolledAt: d.enrolledAt,
        lastContactAt: hub.authenticator.lastContactOf(d.id, d.lastSeenAt),
        connected: connected.has(d.id),
        appVersion: d.appVersion,
        address: d.address,
      }));
    return { devices };
  });

  app.post(routes.revokeDevice.path, async (request) => {
    authorize(hub, request, routes.revokeDevice.access, 'revoke devices');
    const { deviceId } = parseInput(deviceParamsSchema, request.params, 'path');
    if (!hub.devices.revoke(deviceId, hub.clock()))
      throw new HubError(
        'not-found',
        `there is no device ${deviceId}: GET /api/v1/devices lists them`,
      );
    hub.disconnect(
      (p) => p.kind === 'device' && p.deviceId === deviceId,
      'this device was revoked',
    );
    hub.log(`device ${deviceId} revoked`);
    return hub.devices.get(deviceId);
  });

  app.get(routes.agents.path, async (request): Promise<RouteAnswers['agents']> => {
    authorize(hub, request, routes.agents.access, 'list agent accounts');
    return { agents: hub.agents.list() };
  });

  app.put(routes.setAgentCredential.path, async (request, reply) => {
    authorize(hub, request, routes.setAgentCredential.access, 'set agent passwords');
    const { agentId } = parseInput(agentParamsSchema, request.params, 'path');
    const { role, password } = parseInput(agentCredentialBodySchema, request.body);
    await hub.login.setPassword(agentId, role, password, hub.clock());
    hub.log(`credential of agent ${agentId} set (${role})`);
    return reply.code(204).send();
  });

  app.post(routes.disableAgent.path, async (request, reply) => {
    authorize(hub, request, routes.disableAgent.access, 'disable agents');
    const { agentId } = parseInput(agentParamsSchema, request.params, 'path');
    if (!hub.agents.disable(agentId, hub.clock()))
      throw new HubError(
        'not-found',
        `agent ${agentId} has no account: GET /api/v1/agents lists them`,
      );
    hub.disconnect((p) => p.kind === 'agent' && p.agentId === agentId, 'this account was disabled');
    return reply.code(204).send();
  });
}
