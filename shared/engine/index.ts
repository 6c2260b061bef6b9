// The queue engine's public API: commands + injected context → events → state.
// Hub, apps and tests import from here only.

export type { Role, Actor, CommandContext } from './context';
export { domainError, errorHttpStatus } from './errors';
export type { DomainErrorCode, DomainError } from './errors';
export type { Decision } from './support';

export {
  commandSchema,
  transferTargetSchema,
  moveTargetSchema,
  displayMessageTextSchema,
  DISPLAY_MESSAGE_MAX_LENGTH,
} from './commands';
export type {
  Command,
  CommandInput,
  CommandType,
  CommandOf,
  TransferTarget,
  MoveTarget,
} from './commands';
export { domainEventSchema, callClassSchema } from './events';
export type { DomainEvent, DomainEventType, EventOf } from './events';
export {
  dayReportSchema,
  serviceDayReportSchema,
  agentDayFiguresSchema,
} from './day-report-schema';
export type { DayReport, ServiceDayReport, AgentDayFigures } from './day-report-schema';

export { initialState, RECENT_CALLS_KEPT, ALERTS_CLOSED_KEPT } from './state';
export type {
  QueueState,
  CounterState,
  RecentCall,
  ServiceNumbering,
  DisplayMessage,
} from './state';
export { decide } from './decide';
export { evolve, replay } from './evolve';
export { STATE_FORMAT, snapshotOf, stateFromSnapshot } from './snapshot';
export { commandRoles, mayRun } from './permissions';
export { staleDay, dayToEnd } from './decide-day';
export { decideConditions, hubConditionKinds } from './decide-conditions';
export type { ConditionCommand, ConditionFacts, DeviceContact } from './decide-conditions';

export { serviceAvailability } from './availability';
export type { ServiceAvailability, UnavailableReason } from './availability';
export { previewCheckIn } from './check-in';
export type { CheckInVerdict } from './check-in';
export { formatTicketNumber, nextTicketNumber } from './numbering';
export { dayReport, reportOfDay } from './views/day-report';
export { agentFigures, agentsDayFigures } from './views/agent-figures';
export type { AgentFigures } from './views/agent-figures';
export { publicBoard } from './views/board';
export type { PublicBoard } from './views/board';
export { counterQueue } from './views/counter-queue';
export type { CounterQueue, CounterQueueEntry } from './views/counter-queue';
export { ticketView, currentTicketId } from './views/ticket-view';
export type { TicketView } from './views/ticket-view';
export { visitRecord, visitRecords } from './views/visit-record';
export type { VisitRecord, TransferEnd } from './views/visit-record';
export { estimateForService, MIN_SAMPLES } from './views/estimate';
export {
  MORE_THAN_MINUTES,
  publicWaitEstimate,
  publicWaitEstimateSchema,
  RANGE_ABOVE_SPREAD_MINUTES,
  sayWait,
  shownOrFigure,
} from './views/public-estimate';
export type { PublicWaitEstimate, WaitWords } from './views/public-estimate';
export { alertsView } from './views/alerts';
export type { AlertsView } from './views/alerts';
export type { WaitEstimate } from './views/estimate';

export {
  siteConfigSchema,
  reportingSchema,
  townNameOf,
  withConfigDefaults,
} from '../domain/site-config';
export type { SiteConfig, SiteConfigInput } from '../domain/site-config';
export { receiptTemplateSchema, receiptLanguage } from '../domain/receipt-template';
export type { ReceiptTemplate, ReceiptTemplateInput } from '../domain/receipt-template';
export {
  serviceSchema,
  categorySchema,
  documentSchema,
  checkInWindowSchema,
  serviceModes,
} from '../domain/service';
export type {
  Service,
  Category,
  ServiceDocument,
  CheckInWindow,
  ServiceMode,
} from '../domain/service';
export { counterSchema, agentSchema, outcomeSchema } from '../domain/staff';
export type { Counter, Agent, Outcome } from '../domain/staff';
export { calendarSchema, weekdays } from '../domain/calendar-config';
export type {
  CalendarConfig,
  ClosureRule,
  SeasonalRule,
  TimeRange,
  WeeklyHours,
  Weekday,
} from '../domain/calendar-config';
export { callingPolicySchema } from '../domain/calling-policy';
export type { CallingPolicy } from '../domain/calling-policy';
export { appointmentInputSchema, antsNumberSchema, bookingCodeSchema } from '../domain/appointment';
export type { Appointment, AppointmentInput, AppointmentStatus } from '../domain/appointment';
export {
  channels,
  channelSchema,
  ticketStates,
  activeTicketStates,
  deliveryMedia,
  deliveryMediumSchema,
} from '../domain/ticket';
export type { Channel, Ticket, TicketState, CallClass, DeliveryMedium } from '../domain/ticket';
export {
  alertKinds,
  alertKindSchema,
  alertKey,
  conditionAlertKinds,
  systemAlertKinds,
  isActiveAlert,
  reportedStatusSchema,
} from '../domain/alert';
export {
  alertsConfigSchema,
  defaultAlertsConfig,
  serviceAlertMinutes,
  ticketAlertMinutes,
} from '../domain/alerts-config';
export type { AlertsConfig } from '../domain/alerts-config';
export type { Alert, AlertKind, AlertSource, DeviceReport } from '../domain/alert';
export { NOTE_MAX_LENGTH, localizedTextSchema, languageCodeSchema } from '../domain/primitives';
export type { LocalizedText, LanguageCode } from '../domain/primitives';

export { closingTime, dayHours, nextOpening, openingState } from '../calendar/opening-hours';
export type { DayHours, OpeningState } from '../calendar/opening-hours';
export { easterSunday, frenchPublicHolidays } from '../calendar/holidays';
export { localDate, zonedEpoch } from '../calendar/zoned-time';
