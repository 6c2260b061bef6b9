import type { HubSettings } from '../config/hub-settings';
import type { StaffNotice } from '../../shared/contracts/ws-messages';
import type { Authenticator } from './auth/authenticator';
import type { LoginService } from './auth/login';
import type { Principal } from './auth/principal';
import type { FailureLimiter } from './auth/failure-limiter';
import type { QueueAuthority } from './core/queue-authority';
import type { AgentStore } from './store/agent-store';
import type { DeviceStore } from './store/device-store';
import type { PersonalDataStore } from './store/personal-data-store';
import type { HubStatistics } from './statistics/hub-statistics';
import type { CentralSync } from './sync/central-sync';

/** The hub's services, built once by `startHub` and handed to every route. */
export interface HubContext {
  settings: HubSettings;
  clock: () => number;
  log: (message: string) => void;
  authority: QueueAuthority;
  authenticator: Authenticator;
  login: LoginService;
  devices: DeviceStore;
  agents: AgentStore;
  personal: PersonalDataStore;
  /** Visit records, their outbox and the central API (sync, appointments, health). */
  sync: CentralSync;
  /** Visit facts, statistics, the survey, complaints and the yearly report. */
  statistics: HubStatistics;
  /** Failed enrolment codes per address: codes are short, guessing must stay slow. */
  enrolFailures: FailureLimiter;
  /** Drops the event-stream connections of principals that lost their right to it. */
  disconnect: (matches: (principal: Principal) => boolean, message: string) => void;
  /** Enrolled devices holding the event stream open now. */
  connectedDeviceIds: () => ReadonlySet<string>;
  /** Tells the staff streams that asked for it what changed outside the queue. */
  notifyStaff: (notice: StaffNotice) => void;
}
