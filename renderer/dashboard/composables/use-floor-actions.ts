import { localized } from '../../common/i18n/duration-text';
import type { MoveTarget } from '../../../shared/engine';
import { useI18n } from '../i18n';
import type { CounterRow } from '../logic/counter-rows';
import { useConfirmStore } from '../stores/confirm-store';
import { useLiveStore } from '../stores/live-store';
import { useSessionStore } from '../stores/session-store';

/**
 * The manager's actions on the floor, each an engine command through the hub's command
 * route, each asked for confirmation first (see the confirm store).
 */
export function useFloorActions() {
  const session = useSessionStore();
  const live = useLiveStore();
  const confirm = useConfirmStore();
  const { t, language } = useI18n();

  const serviceName = (code: string) =>
    localized(live.config?.services.find((s) => s.code === code)?.names, language.value) || code;

  function pauseCounter(row: CounterRow): void {
    confirm.ask({
      title: t('action.pause.title', { counter: row.label }),
      detail: t('action.pause.detail', { agent: row.agentId ?? '' }),
      confirmLabel: t('action.pause.confirm'),
      doneText: t('action.pause.done', { counter: row.label }),
      run: () =>
        session.command('counter:pause', {
          counterId: row.id,
          reason: t('action.pause.reason', { manager: session.agent?.agentId ?? '' }),
        }),
    });
  }

  function closeCounter(row: CounterRow): void {
    confirm.ask({
      title: t('action.close.title', { counter: row.label }),
      detail: t('action.close.detail', { agent: row.agentId ?? '' }),
      confirmLabel: t('action.close.confirm'),
      doneText: t('action.close.done', { counter: row.label }),
      danger: true,
      run: () => session.command('counter:close', { counterId: row.id }),
    });
  }

  /** Opens or closes one service at an open counter (its agent keeps the counter). */
  function toggleService(row: CounterRow, service: string): void {
    if (!row.agentId) return;
    const current = row.services.length > 0 ? row.services : row.configuredServices;
    const opening = !current.includes(service);
    const next = opening ? [...current, service] : current.filter((s) => s !== service);
    const words = { service: serviceName(service), counter: row.label };
    const agentId = row.agentId;
    confirm.ask({
      title: t(opening ? 'action.serviceOpen.title' : 'action.serviceClose.title', words),
      detail: t(opening ? 'action.serviceOpen.detail' : 'action.serviceClose.detail', words),
      confirmLabel: t(opening ? 'action.serviceOpen.confirm' : 'action.serviceClose.confirm'),
      doneText: t(opening ? 'action.serviceOpen.done' : 'action.serviceClose.done', words),
      run: async () => {
        if (next.length === 0) throw new Error(t('action.serviceClose.last'));
        return session.command('counter:open', { counterId: row.id, agentId, services: next });
      },
    });
  }

  function moveTickets(ticketIds: string[], to: MoveTarget, targetLabel: string): void {
    confirm.ask({
      title: t('action.move.title', { count: ticketIds.length }),
      detail: t('action.move.detail', { count: ticketIds.length, target: targetLabel }),
      confirmLabel: t('action.move.confirm'),
      doneText: t('action.move.done', { count: ticketIds.length, target: targetLabel }),
      run: () => session.command('tickets:move', { ticketIds, to }),
    });
  }

  function cancelTicket(ticketId: string, number: string): void {
    confirm.ask({
      title: t('action.cancel.title', { number }),
      detail: t('action.cancel.detail', { number }),
      confirmLabel: t('action.cancel.confirm'),
      doneText: t('action.cancel.done', { number }),
      danger: true,
      run: () => session.command('ticket:cancel', { ticketId }),
    });
  }

  function setDisplayMessage(text: string): void {
    confirm.ask({
      title: t('action.message.title'),
      detail: t('action.message.detail', { text }),
      confirmLabel: t('action.message.confirm'),
      doneText: t('action.message.done'),
      run: () => session.command('display:message', { text }),
    });
  }

  function clearDisplayMessage(): void {
    confirm.ask({
      title: t('action.clearMessage.title'),
      detail: t('action.clearMessage.detail'),
      confirmLabel: t('action.clearMessage.confirm'),
      doneText: t('action.clearMessage.done'),
      run: () => session.command('display:clear-message', {}),
    });
  }

  return {
    serviceName,
    pauseCounter,
    closeCounter,
    toggleService,
    moveTickets,
    cancelTicket,
    setDisplayMessage,
    clearDisplayMessage,
  };
}
