import { computed, type ComputedRef } from 'vue';
import { useI18n, type MessageKey } from '../i18n';
import type { BlockReason, CounterAction } from '../logic/action-availability';
import type { ShortcutAction } from '../logic/shortcuts';
import { useCounterStore } from '../stores/counter-store';
import { useQueueStore } from '../stores/queue-store';

export type ConsoleDialog =
  'transfer' | 'finish' | 'pause' | 'issue' | 'receipt' | 'reprint' | 'complaint' | 'help';

export interface ConsoleAction {
  action: CounterAction;
  shortcut: ShortcutAction;
  label: string;
  primary: boolean;
  blocked: BlockReason | null;
  run: () => void;
}

/**
 * The console's ticket actions, built once for both the buttons and the keyboard: the
 * same label, the same availability, the same effect, whichever the agent uses.
 */
export function useConsoleActions(
  waiting: ComputedRef<number>,
  openDialog: (dialog: ConsoleDialog) => void,
): ComputedRef<ConsoleAction[]> {
  const counter = useCounterStore();
  const queue = useQueueStore();
  const { t } = useI18n();

  return computed(() => {
    const ticket = counter.currentTicket;
    const limit = queue.config?.recallLimit ?? 0;
    const atLimit = ticket !== undefined && ticket.recalls >= limit;
    const paused = counter.counter?.status === 'paused';
    const item = (
      action: CounterAction,
      shortcut: ShortcutAction,
      label: MessageKey,
      run: () => void,
      primary = false,
    ): ConsoleAction => ({
      action,
      shortcut,
      label: t(label, { count: ticket?.recalls ?? 0, limit }),
      primary,
      blocked: counter.blocked(action, waiting.value),
      run,
    });
    return [
      item('callNext', 'callNext', 'action.callNext', () => void counter.callNext(), true),
      item(
        'recall',
        'recall',
        atLimit ? 'action.recallLast' : 'action.recall',
        () => void counter.recall(),
      ),
      item('start', 'start', 'action.start', () => void counter.start(), true),
      item('noShow', 'noShow', 'action.noShow', () => void counter.noShow()),
      item('transfer', 'transfer', 'action.transfer', () => openDialog('transfer')),
      item('finish', 'finish', 'action.finish', () => openDialog('finish'), true),
      paused
        ? item('resume', 'pause', 'action.resume', () => void counter.resume())
        : item('pause', 'pause', 'action.pause', () => openDialog('pause')),
    ];
  });
}
