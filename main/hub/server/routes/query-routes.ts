import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hubRoutes as routes, type RouteAnswers } from '../../../../shared/contracts/routes';
import { publicAvailability } from '../../../../shared/contracts/views';
import {
  alertsView,
  counterQueue,
  publicBoard,
  reportOfDay,
  ticketView,
  visitRecords,
} from '../../../../shared/engine';
import type { HubContext } from '../../hub-context';
import { authorize } from '../authorize';
import { HubError } from '../hub-error';
import { parseInput } from '../parse-input';

const ticketParams = z.strictObject({ ticketId: z.string().min(1).max(64) });
const counterParams = z.strictObject({ counterId: z.string().min(1).max(64) });
const tokenParams = z.strictObject({ token: z.string().min(8).max(128) });
const dayQuery = z.strictObject({ day: z.iso.date().optional() });

/** Read-only routes: what each role may see of the queue, and the hub's health. */
export function registerQueryRoutes(
  app: FastifyInstance,
  hub: HubContext,
  streamClients: () => number,
): void {
  const state = () => hub.authority.state;

  app.get(routes.health.path, async (): Promise<RouteAnswers['health']> => ({
    status: 'ok',
    seq: hub.authority.lastSeq,
    configured: state().config !== null,
    now: hub.clock(),
    streamClients: streamClients(),
    sync: hub.sync.summary(),
  }));

  app.get(routes.state.path, async (request): Promise<RouteAnswers['state']> => {
    authorize(hub, request, routes.state.access, 'read the queue state');
    return { seq: hub.authority.lastSeq, state: state() };
  });

  app.get(routes.config.path, async (request): Promise<RouteAnswers['config']> => {
    authorize(hub, request, routes.config.access, 'read the site configuration');
    return { config: state().config };
  });

  app.get(routes.board.path, async (request): Promise<RouteAnswers['board']> => {
    authorize(hub, request, routes.board.access, 'read the board');
    return publicBoard(state(), hub.clock());
  });

  app.get(routes.availability.path, async (request): Promise<RouteAnswers['availability']> => {
    authorize(hub, request, routes.availability.access, 'read service availability');
    return { services: publicAvailability(state(), hub.clock()) };
  });

  // The portals are public (the public view streams them too); the kiosk app's main
  // process reads them here rather than trust the list its page shows.
  app.get(routes.eservices.path, async (request): Promise<RouteAnswers['eservices']> => {
    authorize(hub, request, routes.eservices.access, 'read the e-service portals');
    return { portals: state().config?.eservices?.portals ?? [] };
  });

  app.get(routes.counterQueue.path, async (request): Promise<RouteAnswers['counterQueue']> => {
    authorize(hub, request, routes.counterQueue.access, "read a counter's queue");
    const { counterId } = parseInput(counterParams, request.params, 'path');
    const queue = counterQueue(state(), counterId, hub.clock());
    if (!queue)
      throw new HubError('not-found', `there is no counter ${counterId} in the configuration`);
    return queue;
  });

  app.get(routes.ticket.path, async (request): Promise<RouteAnswers['ticket']> => {
    authorize(hub, request, routes.ticket.access, 'read a ticket');
    const { ticketId } = parseInput(ticketParams, request.params, 'path');
    const view = ticketView(state(), ticketId, hub.clock());
    if (!view) throw new HubError('not-found', `there is no ticket ${ticketId}`);
    return view;
  });

  // A visitor's phone, holding the ticket's QR token, follows its ticket without an account:
  // the 128-bit random token is the capability, and the view carries no personal data.
  app.get(routes.ticketStatus.path, async (request): Promise<RouteAnswers['ticketStatus']> => {
    const { token } = parseInput(tokenParams, request.params, 'path');
    const view = state().tokens[token] ? ticketView(state(), token, hub.clock()) : undefined;
    if (!view) throw new HubError('not-found', 'this ticket is not known (or is from another day)');
    return view;
  });

  app.get(routes.visits.path, async (request): Promise<RouteAnswers['visits']> => {
    authorize(hub, request, routes.visits.access, 'read visit records');
    const { day } = parseInput(dayQuery, request.query, 'query');
    return { visits: visitRecords(state(), day ? { day } : {}) };
  });

  app.get(routes.dayReport.path, async (request): Promise<RouteAnswers['dayReport']> => {
    authorize(hub, request, routes.dayReport.access, 'read day reports');
    const { day } = parseInput(dayQuery, request.query, 'query');
    const chosen = day ?? state().day;
    if (!chosen)
      throw new HubError('not-found', 'no ticket was issued yet: there is no day to report on');
    return reportOfDay(state(), chosen);
  });

  app.get(routes.alerts.path, async (request): Promise<RouteAnswers['alerts']> => {
    authorize(hub, request, routes.alerts.access, 'read alerts and device statuses');
    return alertsView(state());
  });

  app.get(routes.visitor.path, async (request): Promise<RouteAnswers['visitor']> => {
    const principal = authorize(
      hub,
      request,
      routes.visitor.access,
      "read a visitor's personal data",
    );
    const { ticketId } = parseInput(ticketParams, request.params, 'path');
    const ticket = state().tickets[ticketId];
    if (!ticket) throw new HubError('not-found', `there is no ticket ${ticketId}`);
    const serving =
      principal.kind === 'agent' &&
      ticket.agentId === principal.agentId &&
      (ticket.state === 'called' || ticket.state === 'serving');
    if (!serving)
      throw new HubError(
        'forbidden',
        'only the agent who called this visitor sees their name, while serving them: call the ticket first',
      );
    const visitor = ticket.appointmentId ? hub.personal.get(ticket.appointmentId) : undefined;
    if (!ticket.appointmentId || !visitor)
      throw new HubError(
        'not-found',
        'no personal data is kept for this visitor (a walk-in, or deleted under the retention rule)',
      );
    return { ticketId, appointmentId: ticket.appointmentId, visitor };
  });
}
