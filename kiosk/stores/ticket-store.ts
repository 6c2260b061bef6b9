import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { CommandAnswer } from '../../shared/contracts/commands';
import { shownOrFigure, type PublicWaitEstimate } from '../../shared/engine';
import { newIdempotencyKey, untilAnswered, type HubFailure } from '../../renderer/common/hub';
import { useHubStore } from './hub-store';

export type TicketKind = 'walk-in' | 'check-in';

/** The ticket on screen: numbers only, never a name; `token` is the opaque QR token. */
export interface IssuedTicket {
  kind: TicketKind;
  ticketId: string;
  number: string;
  service: string;
  token: string;
  priority: boolean;
  issuedAt: number;
  peopleAhead: number | null;
  estimateMinutes: number | null;
  /** What the kiosk may say of the wait (a figure, a range, "more than 45 minutes"). */
  estimate?: PublicWaitEstimate;
  appointmentStart?: number;
}

/** The ticket's wait as the kiosk may say it; null when there is nothing to say. */
export function ticketWait(ticket: IssuedTicket): PublicWaitEstimate | null {
  const shown = shownOrFigure(ticket.estimate, ticket.estimateMinutes);
  return shown.kind === 'unknown' ? null : shown;
}

export type TicketPhase = 'idle' | 'issuing' | 'waiting-hub' | 'issued';
export type Delivery =
  'undecided' | 'printing' | 'printed' | 'print-failed' | 'may-have-printed' | 'paperless';

export type ObtainResult =
  | { ok: true; ticket: IssuedTicket }
  | { ok: false; failure: HubFailure }
  | { ok: false; abandoned: true };

function issuedFrom(answer: CommandAnswer, kind: TicketKind): IssuedTicket | null {
  const event = answer.events.find((e) => e.type === 'ticket:issued');
  if (!event || event.type !== 'ticket:issued') return null;
  return {
    kind,
    ticketId: event.ticketId,
    number: event.number,
    service: event.service,
    token: event.token,
    priority: event.priority,
    issuedAt: event.at,
    peopleAhead: null,
    estimateMinutes: null,
  };
}

/**
 * Getting the visitor's ticket from the hub, once: each request gets one
 * Idempotency-Key, reused by every retry while the hub is unreachable, so a retried
 * request never makes two tickets. Then how the ticket is handed over (paper or not).
 */
export const useTicketStore = defineStore('ticket', () => {
  const hub = useHubStore();
  const phase = ref<TicketPhase>('idle');
  const ticket = shallowRef<IssuedTicket | null>(null);
  const delivery = ref<Delivery>('undecided');
  let pending: AbortController | null = null;

  async function obtain(
    kind: TicketKind,
    send: (idempotencyKey: string) => Promise<CommandAnswer>,
  ): Promise<ObtainResult> {
    pending?.abort();
    const controller = (pending = new AbortController());
    const key = newIdempotencyKey();
    phase.value = 'issuing';
    delivery.value = 'undecided';
    ticket.value = null;
    const outcome = await untilAnswered(() => send(key), {
      signal: controller.signal,
      onRetry: () => {
        phase.value = 'waiting-hub';
        hub.commandFailed();
      },
    });
    if (controller !== pending) return { ok: false, abandoned: true };
    pending = null;
    if (!outcome.ok) {
      phase.value = 'idle';
      return 'abandoned' in outcome
        ? { ok: false, abandoned: true }
        : { ok: false, failure: outcome.failure };
    }
    hub.commandSucceeded();
    const issued = issuedFrom(outcome.value, kind);
    if (!issued) {
      phase.value = 'idle';
      return {
        ok: false,
        failure: {
          kind: 'refused',
          status: 500,
          code: 'internal',
          message: 'no ticket in the answer',
        },
      };
    }
    ticket.value = await withQueuePosition(issued);
    phase.value = 'issued';
    return { ok: true, ticket: ticket.value };
  }

  async function withQueuePosition(issued: IssuedTicket): Promise<IssuedTicket> {
    try {
      const view = await hub.client().ticket(issued.ticketId);
      return {
        ...issued,
        peopleAhead: view.peopleAhead ?? 0,
        estimateMinutes: view.estimate?.minutes ?? null,
        ...(view.estimate?.shown ? { estimate: view.estimate.shown } : {}),
        ...(view.appointmentStart !== undefined ? { appointmentStart: view.appointmentStart } : {}),
      };
    } catch {
      // The ticket exists; its position will simply not be shown.
      return issued;
    }
  }

  function issueWalkIn(body: { service: string; priority: boolean; language: string }) {
    return obtain('walk-in', (idempotencyKey) =>
      hub.client().command('ticket:issue', { ...body, channel: 'kiosk' }, { idempotencyKey }),
    );
  }

  function checkIn(body: { reference: string; language: string }) {
    return obtain('check-in', (idempotencyKey) =>
      hub
        .client()
        .command('appointment:check-in', { ...body, channel: 'kiosk' }, { idempotencyKey }),
    );
  }

  function reset() {
    pending?.abort();
    pending = null;
    phase.value = 'idle';
    ticket.value = null;
    delivery.value = 'undecided';
  }

  return { phase, ticket, delivery, issueWalkIn, checkIn, reset };
});
