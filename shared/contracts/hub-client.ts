import type { CommandType } from '../engine';
import {
  commandPath,
  commandRoutes,
  idempotencyKeyHeader,
  type CommandAnswer,
  type CommandBody,
} from './commands';
import { errorBodySchema } from './errors';
import {
  hubRoutes,
  routePath,
  type RouteAnswers,
  type RouteBodies,
  type RouteName,
} from './routes';
import type { StatisticsQueryInput, StatisticsTable } from '../statistics/tables';

/** The part of `fetch` the client needs: the browser's and Node's both fit. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; text(): Promise<string> }>;

export interface HubClientOptions {
  /** e.g. `https://hub.local:8443` */
  baseUrl: string;
  fetch: FetchLike;
  /** The current bearer token (a device's or an agent session's), if any. */
  token?: () => string | undefined;
  /**
   * Makes an Idempotency-Key for commands where a blind retry could act twice
   * (in a web app `newIdempotencyKey` of renderer/common/hub: `crypto.randomUUID` is missing
   * on a plain-HTTP page). Reuse the key yourself to retry the same request.
   */
  newIdempotencyKey?: () => string;
}

/** A refusal from the hub, with its code (`closed`, `forbidden`, …) and HTTP status. */
export class HubApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HubApiError';
  }
}

type Params = Record<string, string>;

function queryOf(query: object): Query {
  return Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, v === undefined ? undefined : String(v)]),
  );
}
type Query = Record<string, string | undefined>;

/** A typed client of the hub's HTTP API, built from the same contract as the server. */
export function createHubClient(options: HubClientOptions) {
  async function send(method: string, path: string, body?: unknown, headers: Params = {}) {
    const token = options.token?.();
    const response = await options.fetch(`${options.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : null;
    if (response.status >= 400) {
      const parsed = errorBodySchema.safeParse(json);
      if (!parsed.success)
        throw new HubApiError(
          response.status,
          'internal',
          `unexpected answer (${response.status})`,
        );
      const { code, message, details } = parsed.data.error;
      throw new HubApiError(response.status, code, message, details);
    }
    return json;
  }

  function call<N extends RouteName>(
    name: N,
    request: { params?: Params; query?: Query; body?: unknown } = {},
  ): Promise<RouteAnswers[N]> {
    const spec = hubRoutes[name];
    const query = Object.entries(request.query ?? {}).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    );
    const search = query.length
      ? `?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`
      : '';
    return send(
      spec.method,
      `${routePath(spec.path, request.params)}${search}`,
      request.body,
    ) as Promise<RouteAnswers[N]>;
  }

  return {
    /** Sends an engine command; `idempotencyKey` makes a retry safe. */
    command<T extends CommandType>(
      type: T,
      body: CommandBody<T>,
      opts: { idempotencyKey?: string } = {},
    ): Promise<CommandAnswer> {
      const key =
        opts.idempotencyKey ??
        (commandRoutes[type].idempotencyKey === 'recommended'
          ? options.newIdempotencyKey?.()
          : undefined);
      return send(
        'POST',
        commandPath(type),
        body,
        key ? { [idempotencyKeyHeader]: key } : {},
      ) as Promise<CommandAnswer>;
    },
    health: () => call('health'),
    login: (body: RouteBodies['login']) => call('login', { body }),
    logout: () => call('logout'),
    whoAmI: () => call('whoAmI'),
    createEnrolmentCode: (body: RouteBodies['createEnrolmentCode']) =>
      call('createEnrolmentCode', { body }),
    createEnrolmentCodes: (body: RouteBodies['createEnrolmentCodes']) =>
      call('createEnrolmentCodes', { body }),
    enrol: (body: RouteBodies['enrol']) => call('enrol', { body }),
    devices: () => call('devices'),
    revokeDevice: (deviceId: string) => call('revokeDevice', { params: { deviceId } }),
    fleet: () => call('fleet'),
    agents: () => call('agents'),
    setAgentCredential: (agentId: string, body: RouteBodies['setAgentCredential']) =>
      call('setAgentCredential', { params: { agentId }, body }),
    disableAgent: (agentId: string) => call('disableAgent', { params: { agentId } }),
    state: () => call('state'),
    config: () => call('config'),
    board: () => call('board'),
    availability: () => call('availability'),
    eservices: () => call('eservices'),
    counterQueue: (counterId: string) => call('counterQueue', { params: { counterId } }),
    ticket: (ticketId: string) => call('ticket', { params: { ticketId } }),
    ticketStatus: (token: string) => call('ticketStatus', { params: { token } }),
    visitor: (ticketId: string) => call('visitor', { params: { ticketId } }),
    visits: (day?: string) => call('visits', { query: { day } }),
    dayReport: (day?: string) => call('dayReport', { query: { day } }),
    alerts: () => call('alerts'),
    syncStatus: () => call('syncStatus'),
    syncRun: () => call('syncRun'),
    syncQuarantine: () => call('syncQuarantine'),
    syncResend: (body: RouteBodies['syncResend'] = {}) => call('syncResend', { body }),
    refreshAppointments: (body: RouteBodies['refreshAppointments'] = {}) =>
      call('refreshAppointments', { body }),
    // The CSV and PDF routes answer files, not JSON: open their URLs (statisticsCsv,
    // qualityReport) as downloads.
    statistics: (table: StatisticsTable, query: StatisticsQueryInput) =>
      call('statistics', { params: { table }, query: queryOf(query) }),
    surveyAnswer: (body: RouteBodies['surveyAnswer']) => call('surveyAnswer', { body }),
    complaints: (state?: 'open' | 'late' | 'all') => call('complaints', { query: { state } }),
    recordComplaint: (body: RouteBodies['recordComplaint']) => call('recordComplaint', { body }),
    answerComplaint: (complaintId: string) => call('answerComplaint', { params: { complaintId } }),
  };
}

export type HubClient = ReturnType<typeof createHubClient>;
