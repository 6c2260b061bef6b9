import type { FastifyInstance } from 'fastify';
import { hubRoutes as routes, type RouteAnswers } from '../../../../shared/contracts/routes';
import {
  refreshAppointmentsBodySchema,
  resendQuarantineBodySchema,
} from '../../../../shared/contracts/sync';
import type { HubContext } from '../../hub-context';
import { authorize } from '../authorize';
import { HubError } from '../hub-error';
import { parseInput } from '../parse-input';

/** The central sync for managers (status, run now, appointments) and admins (quarantine). */
export function registerSyncRoutes(app: FastifyInstance, hub: HubContext): void {
  const requireCentral = () => {
    const reason = hub.sync.disabledReason();
    if (reason) throw new HubError('unavailable', reason);
  };

  app.get(routes.syncStatus.path, async (request): Promise<RouteAnswers['syncStatus']> => {
    authorize(hub, request, routes.syncStatus.access, 'read the central sync status');
    return hub.sync.status();
  });

  app.post(routes.syncRun.path, async (request, reply): Promise<RouteAnswers['syncRun']> => {
    authorize(hub, request, routes.syncRun.access, 'start the central sync');
    requireCentral();
    hub.sync.runNow();
    void reply.code(202);
    return hub.sync.status();
  });

  app.get(routes.syncQuarantine.path, async (request): Promise<RouteAnswers['syncQuarantine']> => {
    authorize(hub, request, routes.syncQuarantine.access, 'read the quarantined visits');
    return { visits: hub.sync.outbox.quarantined() };
  });

  app.post(routes.syncResend.path, async (request): Promise<RouteAnswers['syncResend']> => {
    const principal = authorize(
      hub,
      request,
      routes.syncResend.access,
      'send quarantined visits again',
    );
    const { visitIds } = parseInput(resendQuarantineBodySchema, request.body ?? {});
    const requeued = hub.sync.outbox.requeue(visitIds);
    hub.log(
      `${requeued} quarantined visit(s) queued again by ${principal.kind === 'agent' ? principal.agentId : principal.deviceId}`,
    );
    hub.sync.runNow();
    return { requeued };
  });

  app.post(
    routes.refreshAppointments.path,
    async (request): Promise<RouteAnswers['refreshAppointments']> => {
      authorize(hub, request, routes.refreshAppointments.access, 'refresh the appointments');
      requireCentral();
      const { date } = parseInput(refreshAppointmentsBodySchema, request.body ?? {});
      return hub.sync.refreshAppointments(date);
    },
  );
}
