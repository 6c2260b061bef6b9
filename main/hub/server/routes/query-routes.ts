import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { roleSchema, staffRoles } from '../../../../shared/contracts/roles';
import { publicAvailability } from '../../../../shared/contracts/views';
import { dayReport } from '../../../../shared/engine';
import { publicBoard } from '../../../../shared/engine/views/board';
import { counterQueue } from '../../../../shared/engine/views/counter-queue';
import { ticketView } from '../../../../shared/engine/views/ticket-view';
import { visitRecords } from '../../../../shared/engine/views/visit-record';
import type { HubContext } from '../../hub-context';
import { authorize } from '../authorize';
import { HubError } from '../hub-error';
import { parseInput } from '../parse-input';

const managers = ['manager', 'admin'] as const;
const ticketParams = z.strictObject({ ticketId: z.string().min(1).max(64) });
const counterParams = z.strictObject({ counterId: z.string().min(1).max(64) });
const tokenParams = z.strictObject({ token: z.string().min(8).max(128) });
const dayQuery = z.strictObject({ day: z.iso.date().optional() });

/** Read-only routes: what each role may see of the queue, and the hub's health. */
export function registerQueryRoutes(app: FastifyInstance, hub: HubContext): void {
  const state = () => hub.authority.state;

  app.get('/api/v1/health', async () => ({
    status: 'ok',
    seq: hub.authority.lastSeq,
    configured: state().config !== null,
    now: hub.clock(),
  }));

  app.get('/api/v1/state', async (request) => {
    authorize(hub, request, staffRoles, 'read the queue state');
    return { seq: hub.authority.lastSeq, state: state() };
  });

  app.get('/api/v1/services/availability', async (request) => {
    authorize(hub, request, roleSchema.options, 'read service availability');
    return { services: publicAvailability(state(), hub.clock()) };
  });

  app.get('/api/v1/board', async (request) => {
    authorize(hub, request, roleSchema.options, 'read the board');
    return publicBoard(state(), hub.clock());
  });

  app.get('/api/v1/counters/:counterId/queue', async (request) => {
    authorize(hub, request, staffRoles, "read a counter's queue");
    const { counterId } = parseInput(counterParams, request.params, 'path');
    const queue = counterQueue(state(), counterId, hub.clock());
    if (!queue)
      throw new HubError('not-found', `there is no counter ${counterId} in the configuration`);
    return queue;
  });

  app.get('/api/v1/tickets/:ticketId', async (request) => {
    authorize(hub, request, ['kiosk', ...staffRoles], 'read a ticket');
    const { ticketId } = parseInput(ticketParams, request.params, 'path');
    const view = ticketView(state(), ticketId, hub.clock());
    if (!view) throw new HubError('not-found', `there is no ticket ${ticketId}`);
    return view;
  });

  // A visitor's phone, holding the ticket's QR token, follows its ticket without an account:
  // the 128-bit random token is the capability, and the view carries no personal data.
  app.get('/api/v1/ticket-status/:token', async (request) => {
    const { token } = parseInput(tokenParams, request.params, 'path');
    const ticketId = state().tokens[token];
    const view = ticketId ? ticketView(state(), token, hub.clock()) : undefined;
    if (!view) throw new HubError('not-found', 'this ticket is not known (or is from another day)');
    return view;
  });

  app.get('/api/v1/visits', async (request) => {
    authorize(hub, request, managers, 'read visit records');
    const { day } = parseInput(dayQuery, request.query, 'query');
    return { visits: visitRecords(state(), day ? { day } : {}) };
  });

  app.get('/api/v1/config', async (request) => {
    authorize(hub, request, staffRoles, 'read the site configuration');
    return { config: state().config };
  });

  app.get('/api/v1/reports/day', async (request) => {
    authorize(hub, request, managers, 'read day reports');
    const { day } = parseInput(dayQuery, request.query, 'query');
    const chosen = day ?? state().day;
    if (!chosen)
      throw new HubError('not-found', 'no ticket was issued yet: there is no day to report on');
    return dayReport(state(), chosen);
  });

  app.get('/api/v1/tickets/:ticketId/visitor', async (request) => {
    const principal = authorize(hub, request, staffRoles, "read a visitor's personal data");
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
    if (!visitor)
      throw new HubError(
        'not-found',
        'no personal data is kept for this visitor (a walk-in, or deleted under the retention rule)',
      );
    return { ticketId, appointmentId: ticket.appointmentId, visitor };
  });
}
