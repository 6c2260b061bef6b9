import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { CommandAnswer, CommandBody } from '../../../shared/contracts/commands';
import {
  counterQueue,
  type Channel,
  type CommandType,
  type DeliveryMedium,
  type TransferTarget,
} from '../../../shared/engine';
import { blockedBecause, type CounterAction } from '../logic/action-availability';
import { refusalOf, type Refusal } from '../logic/refusal';
import { useQueueStore } from './queue-store';
import { useSessionStore } from './session-store';

export interface ShownRefusal extends Refusal {
  action: CounterAction;
}

export interface IssueRequest {
  service: string;
  channel: Extract<Channel, 'counter' | 'phone'>;
  priority: boolean;
  language: string;
}

/**
 * This workstation's counter: which one the agent holds, and every action on it. One
 * action at a time: a button stays disabled from the click until the hub has answered
 * and the stream has brought the result back, so a double click never acts twice.
 */
export const useCounterStore = defineStore('counter', () => {
  const session = useSessionStore();
  const queue = useQueueStore();
  const counterId = ref<string | null>(null);
  const pending = ref<CounterAction | null>(null);
  const refusal = ref<ShownRefusal | null>(null);
  /** The latest acknowledged action, for the live region and the tests' waits. */
  const lastDone = ref<{ action: CounterAction; seq: number } | null>(null);

  // The engine's evolve mutates state in place: copy what a computed hands out, so the
  // computed's value changes identity with each batch and its readers update.
  const counter = computed(() => {
    const found = counterId.value ? queue.state?.counters[counterId.value] : undefined;
    return found ? { ...found } : undefined;
  });
  /** Open (or paused) by this agent: the console may act on it. */
  const holding = computed(
    () =>
      counter.value !== undefined &&
      counter.value.status !== 'closed' &&
      counter.value.agentId === session.agent?.agentId,
  );
  const currentTicket = computed(() => {
    const id = counter.value?.currentTicketId;
    const found = id ? queue.state?.tickets[id] : undefined;
    return found ? { ...found } : undefined;
  });

  function entries(now: number) {
    const state = queue.state;
    if (!state || !counterId.value) return [];
    return counterQueue(state, counterId.value, now)?.entries ?? [];
  }

  function blocked(action: CounterAction, waiting: number) {
    return blockedBecause(action, {
      link: queue.link,
      pending: pending.value,
      counter: holding.value ? counter.value : undefined,
      ticket: currentTicket.value,
      waiting,
    });
  }

  async function run<T extends CommandType>(
    action: CounterAction,
    type: T,
    body: CommandBody<T>,
  ): Promise<CommandAnswer | null> {
    if (pending.value) return null;
    if (!queue.isLive) {
      refusal.value = { action, code: 'offline', message: '', status: 0 };
      return null;
    }
    pending.value = action;
    refusal.value = null;
    try {
      const answer = await session.command(type, body);
      await queue.waitForSeq(answer.seq);
      lastDone.value = { action, seq: answer.seq };
      return answer;
    } catch (error) {
      refusal.value = { action, ...refusalOf(error) };
      return null;
    } finally {
      pending.value = null;
    }
  }

  function ticketAction(
    action: 'recall' | 'start' | 'noShow',
    type: 'ticket:recall' | 'ticket:start' | 'ticket:no-show',
  ) {
    const ticket = currentTicket.value;
    return ticket ? run(action, type, { ticketId: ticket.id }) : Promise.resolve(null);
  }

  /** Opens (or takes back) a counter for this session's services. */
  async function open(id: string, services: string[]): Promise<boolean> {
    const agentId = session.agent?.agentId;
    if (!agentId) return false;
    const answer = await run('open', 'counter:open', { counterId: id, agentId, services });
    if (answer) counterId.value = id;
    return answer !== null;
  }

  /** Resumes a counter this agent already holds (after a reload or a new login). */
  function adopt(id: string): void {
    counterId.value = id;
  }

  async function close(): Promise<boolean> {
    if (!counterId.value || !holding.value) return true;
    const answer = await run('close', 'counter:close', { counterId: counterId.value });
    return answer !== null;
  }

  function forget(): void {
    counterId.value = null;
    refusal.value = null;
    lastDone.value = null;
  }

  const id = () => counterId.value ?? '';
  const ticketId = () => currentTicket.value?.id ?? '';

  return {
    counterId,
    counter,
    holding,
    currentTicket,
    pending,
    refusal,
    lastDone,
    entries,
    blocked,
    open,
    adopt,
    close,
    forget,
    dismissRefusal: () => (refusal.value = null),
    callNext: () => run('callNext', 'counter:call-next', { counterId: id() }),
    callTicket: (ticket: string) =>
      run('callTicket', 'counter:call-ticket', { counterId: id(), ticketId: ticket }),
    recall: () => ticketAction('recall', 'ticket:recall'),
    start: () => ticketAction('start', 'ticket:start'),
    noShow: () => ticketAction('noShow', 'ticket:no-show'),
    transfer: (to: TransferTarget, note: string) =>
      run('transfer', 'ticket:transfer', {
        ticketId: ticketId(),
        to,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    finish: (outcome: string, note: string) =>
      run('finish', 'ticket:finish', {
        ticketId: ticketId(),
        outcome,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    pause: (reason: string) => run('pause', 'counter:pause', { counterId: id(), reason }),
    resume: () => run('resume', 'counter:resume', { counterId: id() }),
    issue: (request: IssueRequest) => run('issue', 'ticket:issue', request),
    acknowledge: (alertId: string) => run('acknowledge', 'alert:acknowledge', { alertId }),
    /** Records a reprint of a visitor's ticket at this counter (logged before it prints). */
    reprint: (ticket: string, reason: string) =>
      run('reprint', 'ticket:reprint', { ticketId: ticket, ...(reason ? { reason } : {}) }),
    /** How a ticket issued here reached the visitor (the day's printed/paperless count). */
    recordDelivery: async (ticket: string, medium: DeliveryMedium) => {
      try {
        await session.command('ticket:deliver', { ticketId: ticket, medium });
      } catch {
        // A statistic only: the visitor has their ticket either way.
      }
    },
  };
});
