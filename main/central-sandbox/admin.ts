import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Appointment } from '../../shared/central/appointment';
import { dateSchema } from '../../shared/central/common';
import { faultsSchema, type Faults, type FaultsInput } from './faults';
import { HttpError, bearerToken, parseJson, readBody, sendError, sendJson } from './http-io';

// The sandbox's control panel, on its own loopback listener so that it keeps answering
// while the API is "down": faults, counts, and the appointment changes a demo needs.

export interface AdminControls {
  adminToken: string;
  setFaults(change: FaultsInput): Promise<Faults>;
  faults(): Faults;
  stats(): unknown;
  seedDay(date: string): Appointment[];
  cancelAppointment(id: string): boolean;
  latestHealth(): unknown;
}

const faultChangeSchema = faultsSchema.partial();

export function createAdminHandler(controls: AdminControls) {
  async function route(req: IncomingMessage, path: string): Promise<[number, unknown]> {
    const is = (method: string, pattern: RegExp) => req.method === method && pattern.test(path);
    if (is('GET', /^\/admin\/stats$/)) return [200, controls.stats()];
    if (is('GET', /^\/admin\/faults$/)) return [200, controls.faults()];
    if (is('PUT', /^\/admin\/faults$/)) {
      const change = faultChangeSchema.safeParse(parseJson(await readBody(req, 64 * 1024)));
      if (!change.success)
        throw new HttpError(400, 'bad-request', `Invalid faults: ${z.prettifyError(change.error)}`);
      return [200, await controls.setFaults(change.data)];
    }
    if (is('GET', /^\/admin\/health\/latest$/)) return [200, controls.latestHealth() ?? null];
    const seed = /^\/admin\/days\/([^/]+)\/seed$/.exec(path);
    if (seed && req.method === 'POST') {
      const date = dateSchema.safeParse(seed[1]);
      if (!date.success) throw new HttpError(400, 'bad-request', 'The day is YYYY-MM-DD.');
      return [200, { date: date.data, appointments: controls.seedDay(date.data).length }];
    }
    const cancel = /^\/admin\/appointments\/([^/]+)\/cancel$/.exec(path);
    if (cancel?.[1] && req.method === 'POST') {
      const id = decodeURIComponent(cancel[1]);
      if (!controls.cancelAppointment(id))
        throw new HttpError(404, 'not-found', `No appointment ${id}.`);
      return [200, { id, status: 'cancelled' }];
    }
    throw new HttpError(404, 'not-found', `No admin endpoint ${req.method} ${path}.`);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (bearerToken(req) !== controls.adminToken)
        throw new HttpError(401, 'unauthorized', 'Send the admin token (Authorization: Bearer …).');
      const [status, body] = await route(req, new URL(req.url ?? '/', 'http://admin').pathname);
      sendJson(res, status, body);
    } catch (error) {
      req.resume();
      sendError(
        res,
        error instanceof HttpError ? error : new HttpError(500, 'internal', String(error)),
      );
    }
  };
}
