import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { AppointmentDay } from '../../shared/central/appointment';
import { dateSchema } from '../../shared/central/common';
import { siteHealthSchema, type HealthReceipt } from '../../shared/central/health';
import { MAX_REQUEST_BYTES, centralRoutes, type CentralRouteName } from '../../shared/central/http';
import type { SiteConfig } from '../../shared/domain/site-config';
import type { FaultPlan } from './faults';
import {
  HttpError,
  bearerToken,
  matchesIfNoneMatch,
  parseJson,
  readBody,
  requireJson,
  sendText,
  sha256,
} from './http-io';
import { seedAppointments } from './seed-appointments';
import type { SandboxStore } from './store';
import { handleVisitBatch, type Answer } from './visit-batches';

// The central API as the sandbox serves it: faults first (as a failing network or proxy
// would strike), then routing, the site's bearer token, and the operation itself.

export interface ApiDeps {
  store: SandboxStore;
  plan: FaultPlan;
  /** Bearer token → site id. */
  sites: ReadonlyMap<string, string>;
  now: () => Date;
  /** The site whose demo appointments are seeded. */
  config: SiteConfig;
  /** Seed a day's demo appointments the first time it is asked for. */
  autoSeed: boolean;
  /** Aborted when the sandbox closes: injected delays end at once. */
  signal: AbortSignal;
  /** Called when a request arrives and when it has been answered (observers wait on it). */
  notify?: () => void;
}

export interface ApiCounters {
  requests: number;
  byStatus: Record<string, number>;
  replays: number;
  conflicts: number;
}

// Each route's path as a pattern, from the one list both ends share.
const routes = (Object.keys(centralRoutes) as CentralRouteName[]).map((name) => {
  const { method, path } = centralRoutes[name];
  return { name, method, pattern: new RegExp(`^${path.replace('{siteId}', '([^/]+)')}$`) };
});

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'bad-request', `The site id in the path is not valid: ${segment}`);
  }
}

export function createApiHandler(deps: ApiDeps) {
  const counters: ApiCounters = { requests: 0, byStatus: {}, replays: 0, conflicts: 0 };
  const inProgress = new Set<string>();
  // Holds a request for `slowMs`, re-read whenever the faults change: lowering it (to 0,
  // say) releases the requests already held.
  const hold = async () => {
    const start = Date.now();
    for (;;) {
      const remaining = start + deps.plan.faults.slowMs - Date.now();
      if (remaining <= 0) return;
      let wake = () => {};
      const woken = new Promise<void>((resolve) => (wake = resolve));
      const timer = setTimeout(wake, remaining);
      const stopListening = deps.plan.onChange(wake);
      deps.signal.addEventListener('abort', wake);
      await woken;
      clearTimeout(timer);
      stopListening();
      deps.signal.removeEventListener('abort', wake);
      if (deps.signal.aborted) throw new Error('The sandbox closed');
    }
  };

  function send(res: ServerResponse, answer: Answer): void {
    if (deps.plan.drop('response')) {
      res.socket?.destroy();
      return;
    }
    counters.byStatus[answer.status] = (counters.byStatus[answer.status] ?? 0) + 1;
    if (answer.status === 304) {
      res.writeHead(304, answer.headers);
      res.end();
    } else sendText(res, answer.status, answer.text, answer.headers);
  }

  async function route(req: IncomingMessage, url: URL): Promise<Answer> {
    const matched = routes.find((r) => r.pattern.test(url.pathname));
    if (!matched) throw new HttpError(404, 'not-found', `No such endpoint: ${url.pathname}`);
    if (req.method !== matched.method)
      throw new HttpError(405, 'method-not-allowed', `Use ${matched.method} on ${url.pathname}.`, {
        allow: matched.method,
      });
    const siteId = decodedSegment(matched.pattern.exec(url.pathname)?.[1] ?? '');
    const token = bearerToken(req);
    const tokenSite = token === undefined ? undefined : deps.sites.get(token);
    if (tokenSite === undefined)
      throw new HttpError(
        401,
        'unauthorized',
        'Send the bearer token of the site (Authorization: Bearer …).',
        {
          'www-authenticate': 'Bearer',
        },
      );
    if (tokenSite !== siteId)
      throw new HttpError(
        403,
        'forbidden',
        `This token belongs to site ${tokenSite}, not ${siteId}.`,
      );
    switch (matched.name) {
      case 'visitBatches':
        return handleVisitBatch(req, siteId, {
          store: deps.store,
          inProgress,
          hold,
          now: deps.now,
          counters,
          refusedServices: () => deps.plan.faults.refuseServiceCodes,
          namesRecords: () => deps.plan.faults.nameRefusedRecords,
        });
      case 'appointments':
        return appointments(req, url, siteId);
      case 'healthReports':
        return health(req, siteId);
    }
  }

  async function appointments(req: IncomingMessage, url: URL, siteId: string): Promise<Answer> {
    const date = dateSchema.safeParse(url.searchParams.get('date'));
    if (!date.success) throw new HttpError(400, 'bad-request', 'Give the day as ?date=YYYY-MM-DD.');
    if (deps.autoSeed && !deps.store.isSeeded(siteId, date.data))
      deps.store.seedDay(siteId, date.data, seedAppointments(siteId, date.data, deps.config));
    await hold();
    const day: AppointmentDay = {
      siteId,
      date: date.data,
      appointments: deps.store.appointmentsOf(siteId, date.data),
    };
    const text = JSON.stringify(day);
    const etag = `"${sha256(text)}"`;
    const headers = { etag, 'cache-control': 'private, no-cache' };
    if (matchesIfNoneMatch(req.headers['if-none-match'], etag))
      return { status: 304, text: '', headers };
    return { status: 200, text, headers };
  }

  async function health(req: IncomingMessage, siteId: string): Promise<Answer> {
    requireJson(req);
    const report = siteHealthSchema.safeParse(parseJson(await readBody(req, MAX_REQUEST_BYTES)));
    if (!report.success)
      throw new HttpError(
        400,
        'bad-request',
        `The health report is invalid: ${z.prettifyError(report.error)}`,
      );
    await hold();
    const receipt: HealthReceipt = { receivedAt: deps.now().toISOString() };
    deps.store.recordHealth(siteId, receipt.receivedAt, report.data);
    return { status: 200, text: JSON.stringify(receipt) };
  }

  function injected(): HttpError {
    const { errorStatus, retryAfter } = deps.plan.faults;
    const headers: Record<string, string> =
      retryAfter === undefined ? {} : { 'retry-after': retryAfter };
    if (errorStatus === 429)
      return new HttpError(429, 'rate-limited', 'Too many requests (injected fault).', headers);
    if (errorStatus === 503)
      return new HttpError(503, 'unavailable', 'Unavailable (injected fault).', headers);
    return new HttpError(
      errorStatus,
      'internal',
      `Internal error ${errorStatus} (injected fault).`,
      headers,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    counters.requests++;
    deps.notify?.();
    res.once('close', () => deps.notify?.());
    const { latencyMs } = deps.plan.faults;
    if (latencyMs > 0) {
      deps.plan.counts.delayed++;
      await sleep(latencyMs, undefined, { signal: deps.signal }).catch(() => undefined);
    }
    if (deps.signal.aborted) return;
    if (deps.plan.drop('request')) {
      req.socket.destroy();
      return;
    }
    try {
      if (deps.plan.injectError()) throw injected();
      send(res, await route(req, new URL(req.url ?? '/', 'http://sandbox')));
    } catch (error) {
      if (deps.signal.aborted) return;
      const httpError =
        error instanceof HttpError
          ? error
          : new HttpError(500, 'internal', `Unexpected error: ${(error as Error).message}`);
      if (!(error instanceof HttpError)) console.error('central sandbox:', error);
      // Unread request bodies would otherwise stall a keep-alive connection.
      req.resume();
      send(res, {
        status: httpError.status,
        text: JSON.stringify(httpError.body()),
        headers: httpError.headers,
      });
    } finally {
      // Processed, whether or not the client is still there to hear the answer.
      deps.notify?.();
    }
  }

  return { handle, counters, inProgress: () => inProgress.size };
}
