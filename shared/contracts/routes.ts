import type { z } from 'zod';
import type {
  AlertsView,
  CounterQueue,
  DayReport,
  PublicBoard,
  QueueState,
  SiteConfig,
  TicketView,
  VisitRecord,
} from '../engine';
import type {
  agentCredentialBodySchema,
  agentsAnswerSchema,
  deviceSchema,
  devicesAnswerSchema,
  enrolAnswerSchema,
  enrolBodySchema,
  enrolmentCodeAnswerSchema,
  enrolmentCodeBodySchema,
  enrolmentCodesBatchAnswerSchema,
  enrolmentCodesBatchBodySchema,
  loginAnswerSchema,
  loginBodySchema,
  whoAmIAnswerSchema,
} from './auth';
import type { Visitor } from './commands';
import type {
  AppointmentsRefreshAnswer,
  QuarantinedVisit,
  refreshAppointmentsBodySchema,
  resendQuarantineBodySchema,
  SyncStatus,
} from './sync';
import type { Complaint, complaintBodySchema, surveyAnswerBodySchema } from './statistics';
import type { StatisticsAnswer } from '../statistics/tables';
import { roleSchema, staffRoles, type HubRole } from './roles';
import type { FleetAnswer } from './fleet';
import type { HealthDetails } from './monitoring';
import type { PublicAvailability } from './views';
import type { EServicePortal } from '../domain/eservices-config';

/** Who may call a route: the roles listed, or anyone (no token needed). */
export type Access = readonly HubRole[] | 'anyone';

export interface RouteSpec {
  method: 'GET' | 'POST' | 'PUT';
  /** With `:name` parameters. */
  path: string;
  access: Access;
}

const everyone = roleSchema.options;
const admin = ['admin'] as const;
const managers = ['manager', 'admin'] as const;

/**
 * Every route of the hub besides the commands (see `commands.ts`), declared once: the
 * server registers these paths and checks these roles; the client calls them.
 */
export const hubRoutes = {
  index: { method: 'GET', path: '/api/v1', access: 'anyone' },
  health: { method: 'GET', path: '/api/v1/health', access: 'anyone' },
  login: { method: 'POST', path: '/api/v1/auth/login', access: 'anyone' },
  logout: { method: 'POST', path: '/api/v1/auth/logout', access: everyone },
  whoAmI: { method: 'GET', path: '/api/v1/auth/me', access: everyone },
  createEnrolmentCode: { method: 'POST', path: '/api/v1/devices/enrolment-codes', access: admin },
  /** One-time codes for many devices at once; `?format=csv&style=fr|intl` for a spreadsheet. */
  createEnrolmentCodes: {
    method: 'POST',
    path: '/api/v1/devices/enrolment-codes/batch',
    access: admin,
  },
  enrol: { method: 'POST', path: '/api/v1/devices/enrol', access: 'anyone' },
  devices: { method: 'GET', path: '/api/v1/devices', access: admin },
  revokeDevice: { method: 'POST', path: '/api/v1/devices/:deviceId/revoke', access: admin },
  /** The devices in service for floor managers: version, address, last contact; no secret. */
  fleet: { method: 'GET', path: '/api/v1/fleet', access: managers },
  agents: { method: 'GET', path: '/api/v1/agents', access: admin },
  setAgentCredential: { method: 'PUT', path: '/api/v1/agents/:agentId/credential', access: admin },
  disableAgent: { method: 'POST', path: '/api/v1/agents/:agentId/disable', access: admin },
  state: { method: 'GET', path: '/api/v1/state', access: staffRoles },
  config: { method: 'GET', path: '/api/v1/config', access: staffRoles },
  board: { method: 'GET', path: '/api/v1/board', access: everyone },
  availability: { method: 'GET', path: '/api/v1/services/availability', access: everyone },
  /** The site's e-service portals (site config `eservices`): what a kiosk's locked browser may open. */
  eservices: { method: 'GET', path: '/api/v1/eservices', access: everyone },
  counterQueue: { method: 'GET', path: '/api/v1/counters/:counterId/queue', access: staffRoles },
  ticket: { method: 'GET', path: '/api/v1/tickets/:ticketId', access: ['kiosk', ...staffRoles] },
  /** For a visitor's phone: the ticket's QR token is the only credential. */
  ticketStatus: { method: 'GET', path: '/api/v1/ticket-status/:token', access: 'anyone' },
  /** Only the agent serving the visitor, while serving them. */
  visitor: { method: 'GET', path: '/api/v1/tickets/:ticketId/visitor', access: staffRoles },
  visits: { method: 'GET', path: '/api/v1/visits', access: managers },
  dayReport: { method: 'GET', path: '/api/v1/reports/day', access: managers },
  /** Active and recent alerts and each device's latest status (staff only, never public). */
  alerts: { method: 'GET', path: '/api/v1/alerts', access: staffRoles },
  /** The central sync: backlog, last success, last error, quarantine count. */
  syncStatus: { method: 'GET', path: '/api/v1/sync', access: managers },
  /** Try sending now (after a fix, or not to wait for the next retry). */
  syncRun: { method: 'POST', path: '/api/v1/sync/run', access: managers },
  /** Visits the central API refused, with its reasons. */
  syncQuarantine: { method: 'GET', path: '/api/v1/sync/quarantine', access: admin },
  /** Sends quarantined visits again once the cause is fixed. */
  syncResend: { method: 'POST', path: '/api/v1/sync/quarantine/resend', access: admin },
  /** The hub's health for IT (database, sync, silent devices, disk); also a monitoring token. */
  healthDetails: { method: 'GET', path: '/api/v1/health/details', access: admin },
  /** Prometheus metrics; also a monitoring token (settings monitoring.token). */
  metrics: { method: 'GET', path: '/metrics', access: admin },
  /** Pulls a day's appointments from the central API now. */
  refreshAppointments: {
    method: 'POST',
    path: '/api/v1/appointments/refresh',
    access: managers,
  },
  // Statistics, the yearly report, the survey and complaints (shared/contracts/statistics.ts).
  /** A statistics table (`:table`, see shared/statistics/tables.ts) for a period. */
  statistics: { method: 'GET', path: '/api/v1/statistics/:table', access: managers },
  /** The same table as CSV (`style=fr`: BOM, ";" and decimal comma; `intl`: "," and "."). */
  statisticsCsv: { method: 'GET', path: '/api/v1/statistics/:table/csv', access: managers },
  /** The year's quality report as a PDF (`year`, `language`). */
  qualityReport: { method: 'GET', path: '/api/v1/reports/quality', access: managers },
  /** A visitor's rating of their visit: from a kiosk (its token) or their phone (no token). */
  surveyAnswer: { method: 'POST', path: '/api/v1/survey', access: 'anyone' },
  complaints: { method: 'GET', path: '/api/v1/complaints', access: staffRoles },
  recordComplaint: { method: 'POST', path: '/api/v1/complaints', access: staffRoles },
  answerComplaint: {
    method: 'POST',
    path: '/api/v1/complaints/:complaintId/answer',
    access: staffRoles,
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof hubRoutes;

export interface HealthAnswer {
  status: 'ok';
  seq: number;
  configured: boolean;
  now: number;
  streamClients: number;
  /** The central sync at a glance (details: GET /api/v1/sync, managers). */
  sync: {
    enabled: boolean;
    backlog: number;
    quarantined: number;
    lastSuccessAt: number | null;
    failing: boolean;
  };
}

/** What each route answers (204 routes answer null). */
export interface RouteAnswers {
  index: { routes: string[] };
  health: HealthAnswer;
  login: z.infer<typeof loginAnswerSchema>;
  logout: null;
  whoAmI: z.infer<typeof whoAmIAnswerSchema>;
  createEnrolmentCode: z.infer<typeof enrolmentCodeAnswerSchema>;
  createEnrolmentCodes: z.infer<typeof enrolmentCodesBatchAnswerSchema>;
  enrol: z.infer<typeof enrolAnswerSchema>;
  devices: z.infer<typeof devicesAnswerSchema>;
  revokeDevice: z.infer<typeof deviceSchema>;
  fleet: FleetAnswer;
  agents: z.infer<typeof agentsAnswerSchema>;
  setAgentCredential: null;
  disableAgent: null;
  state: { seq: number; state: QueueState };
  config: { config: SiteConfig | null };
  board: PublicBoard;
  availability: { services: PublicAvailability[] };
  /** Empty when the site offers none. */
  eservices: { portals: EServicePortal[] };
  counterQueue: CounterQueue;
  ticket: TicketView;
  ticketStatus: TicketView;
  visitor: { ticketId: string; appointmentId: string; visitor: Visitor };
  visits: { visits: VisitRecord[] };
  dayReport: DayReport;
  alerts: AlertsView;
  syncStatus: SyncStatus;
  healthDetails: HealthDetails;
  /** Prometheus text exposition format. */
  metrics: string;
  syncRun: SyncStatus;
  syncQuarantine: { visits: QuarantinedVisit[] };
  syncResend: { requeued: number };
  refreshAppointments: AppointmentsRefreshAnswer;
  statistics: StatisticsAnswer;
  /** text/csv */
  statisticsCsv: string;
  /** application/pdf */
  qualityReport: Uint8Array;
  surveyAnswer: null;
  complaints: { complaints: Complaint[] };
  recordComplaint: Complaint;
  answerComplaint: Complaint;
}

/** What each route takes as its body. */
export interface RouteBodies {
  login: z.input<typeof loginBodySchema>;
  createEnrolmentCode: z.input<typeof enrolmentCodeBodySchema>;
  createEnrolmentCodes: z.input<typeof enrolmentCodesBatchBodySchema>;
  enrol: z.input<typeof enrolBodySchema>;
  setAgentCredential: z.input<typeof agentCredentialBodySchema>;
  syncResend: z.input<typeof resendQuarantineBodySchema>;
  refreshAppointments: z.input<typeof refreshAppointmentsBodySchema>;
  surveyAnswer: z.input<typeof surveyAnswerBodySchema>;
  recordComplaint: z.input<typeof complaintBodySchema>;
}

/** Fills a route's `:name` parameters (URL-encoded). */
export function routePath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing route parameter ${name}`);
    return encodeURIComponent(value);
  });
}
