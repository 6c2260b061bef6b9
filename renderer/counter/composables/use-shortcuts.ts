import { onBeforeUnmount, onMounted } from 'vue';
import { shortcutFor, type ShortcutAction } from '../logic/shortcuts';

/**
 * Calls `handlers[action]` when its key is pressed anywhere on the page, except while
 * the agent types in a field or a dialog is open. Handled keys do nothing else.
 */
export function useShortcuts(handlers: Partial<Record<ShortcutAction, () => void>>): void {
  function onKeydown(event: KeyboardEvent): void {
    const dialogOpen = document.querySelector('dialog[open]') !== null;
    const action = shortcutFor(event, dialogOpen);
    const handler = action ? handlers[action] : undefined;
    if (!handler) return;
    event.preventDefault();
    handler();
  }
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
