import type { LocalizedText } from '../../domain/primitives';
import type { QueueState } from '../state';
import { counterLabel, type ConfiguredState } from '../support';
import { serviceWaitEstimate } from './estimate';
import type { PublicWaitEstimate } from './public-estimate';
import { serviceQueue } from './ticket-queue';

/** The waiting-room screen: ticket numbers and counters only, never a name. */
export interface PublicBoard {
  /** Latest first. */
  calls: {
    ticketId: string;
    number: string;
    counterId: string;
    counterLabel: string;
    at: number;
    recall: boolean;
  }[];
  services: {
    service: string;
    prefix: string;
    names: LocalizedText;
    waiting: number;
    estimateMinutes: number | null;
    /** What the screen may say: a figure, a range or "more than 45 minutes" (public-estimate.ts). */
    estimate?: PublicWaitEstimate;
  }[];
  /** The floor manager's message to the room (its text only, never who sent it); null: none. */
  message: { text: string; at: number } | null;
}

export function publicBoard(
  state: QueueState,
  now: number,
  options: { calls?: number } = {},
): PublicBoard {
  if (!state.config) return { calls: [], services: [], message: null };
  const configured = state as ConfiguredState;
  const calls = state.recentCalls.slice(0, options.calls ?? 8).map((call) => ({
    ticketId: call.ticketId,
    number: call.number,
    counterId: call.counterId,
    counterLabel: counterLabel(configured.config, call.counterId),
    at: call.at,
    recall: call.recall,
  }));
  const services = configured.config.services.map((service) => {
    const estimate = serviceWaitEstimate(configured, service.code, now);
    return {
      service: service.code,
      prefix: service.prefix,
      names: service.names,
      waiting: serviceQueue(configured, service.code, now).order.length,
      estimateMinutes: estimate.minutes,
      ...(estimate.shown ? { estimate: estimate.shown } : {}),
    };
  });
  const message = state.displayMessage
    ? { text: state.displayMessage.text, at: state.displayMessage.at }
    : null;
  return { calls, services, message };
}
