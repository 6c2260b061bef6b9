import type { Appointment as CentralAppointment } from '../../../shared/central/appointment';
import type { AppointmentsRefreshAnswer } from '../../../shared/contracts/sync';
import { localDate, type AppointmentInput, type SiteConfig } from '../../../shared/engine';
import type { CentralApi } from '../../central/central-api';
import type { QueueAuthority } from '../core/queue-authority';
import { keepVisitors, type AppointmentVisitor } from '../core/visitors';
import type { PersonalDataStore } from '../store/personal-data-store';
import { HubError } from '../server/hub-error';
import type { OutboxStore } from './outbox-store';

export interface AppointmentRefresherOptions {
  central: CentralApi;
  authority: QueueAuthority;
  personal: PersonalDataStore;
  /** Where the ETag of each day's list is kept (it survives restarts with the state). */
  state: Pick<OutboxStore, 'getState' | 'setState'>;
  clock: () => number;
  log: (message: string) => void;
  retentionDays: number;
}

export interface RefreshRecord {
  date: string;
  at: number;
  outcome: string;
}

/** The central appointment as the engine knows it, and its visitor kept apart. */
function split(central: CentralAppointment): {
  appointment: AppointmentInput;
  visitor?: AppointmentVisitor;
} {
  const start = Date.parse(central.startsAt);
  const appointment: AppointmentInput = {
    id: central.id,
    service: central.serviceCode,
    start,
    durationMinutes: central.durationMinutes,
    bookingCode: central.bookingCode,
    qrToken: central.qrToken,
    status: central.status,
    ...(central.antsPreDemande ? { antsNumber: central.antsPreDemande } : {}),
  };
  return central.visitorDisplayName
    ? {
        appointment,
        visitor: { id: central.id, start, visitor: { name: central.visitorDisplayName } },
      }
    : { appointment };
}

/**
 * Pulls a day's appointments from the central API (with the day's ETag: an unchanged list
 * costs a 304) and loads them through `appointments:load`, which applies cancellations.
 * Names go to the personal data table with their retention rule, never into the engine.
 */
export class AppointmentRefresher {
  last: RefreshRecord | null = null;

  constructor(private readonly options: AppointmentRefresherOptions) {}

  private config(): SiteConfig {
    const config = this.options.authority.state.config;
    if (!config)
      throw new HubError(
        'not-configured',
        'no site configuration is loaded: appointments cannot be placed yet',
      );
    return config;
  }

  async refresh(date?: string): Promise<AppointmentsRefreshAnswer> {
    const config = this.config();
    const day = date ?? localDate(this.options.clock(), config.timezone);
    const etagName = `appointments-etag:${day}`;
    const pulled = await this.options.central.pullAppointments(
      day,
      this.options.state.getState(etagName),
    );
    if (!pulled.ok) {
      this.last = {
        date: day,
        at: this.options.clock(),
        outcome: `failed: ${pulled.failure.message}`,
      };
      throw new HubError(
        'unavailable',
        `the central API did not give the appointments of ${day} (${pulled.failure.kind}: ${pulled.failure.message}); the ones already loaded stay`,
      );
    }
    if (pulled.value.notModified) {
      this.last = { date: day, at: this.options.clock(), outcome: 'not-modified' };
      const known = Object.values(this.options.authority.state.appointments).filter(
        (a) => a.date === day,
      );
      return {
        date: day,
        outcome: 'not-modified',
        appointments: known.length,
        cancelled: known.filter((a) => a.status === 'cancelled').length,
        skipped: 0,
      };
    }
    const services = new Set(config.services.map((s) => s.code));
    const parts = pulled.value.day.appointments.map(split);
    const fits = (a: AppointmentInput) =>
      services.has(a.service) && localDate(a.start, config.timezone) === day;
    const kept = parts.filter((p) => fits(p.appointment));
    const skipped = parts.length - kept.length;
    if (skipped > 0)
      this.options.log(
        `appointments of ${day}: ${skipped} left out (a service this site does not have, or another day): ${parts
          .filter((p) => !fits(p.appointment))
          .map((p) => `${p.appointment.id} (${p.appointment.service})`)
          .join(', ')}`,
      );
    const visitors = kept.flatMap((p) => (p.visitor ? [p.visitor] : []));
    const outcome = await this.options.authority.submit({
      command: {
        type: 'appointments:load',
        date: day,
        appointments: kept.map((p) => p.appointment),
      },
      actor: { role: 'system' },
      alsoOnCommit: () => {
        keepVisitors(
          this.options.personal,
          visitors,
          this.options.clock(),
          this.options.retentionDays,
        );
        if (pulled.value.etag) this.options.state.setState(etagName, pulled.value.etag);
      },
    });
    if (outcome.status !== 200) {
      const message = 'error' in outcome.body ? outcome.body.error.message : 'refused';
      this.last = { date: day, at: this.options.clock(), outcome: `refused: ${message}` };
      throw new HubError('unavailable', `the appointments of ${day} were refused: ${message}`);
    }
    this.last = { date: day, at: this.options.clock(), outcome: 'loaded' };
    return {
      date: day,
      outcome: 'loaded',
      appointments: kept.length,
      cancelled: kept.filter((p) => p.appointment.status === 'cancelled').length,
      skipped,
    };
  }
}
