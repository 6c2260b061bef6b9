import { nextTick } from 'vue';

/**
 * After a screen change, puts focus on its main heading so keyboard, switch and screen
 * reader users start from the top of the new screen (the heading needs `tabindex="-1"`).
 */
export async function focusFirstHeading(container: HTMLElement | null | undefined): Promise<void> {
  await nextTick();
  const heading = container?.querySelector<HTMLElement>('h1, [data-focus-first]');
  heading?.focus({ preventScroll: false });
}

/** The text a sighted visitor sees in `container`, in reading order, for speech. */
export function readableText(container: HTMLElement | null | undefined): string {
  if (!container) return '';
  const parts: string[] = [];
  const walk = (node: Element) => {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('data-no-speech')) return;
    if (node instanceof HTMLElement && node.hidden) return;
    const spoken = node.getAttribute('data-speech');
    if (spoken !== null) {
      parts.push(spoken);
      return;
    }
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent?.trim();
        if (text) parts.push(text);
      } else if (child instanceof Element) walk(child);
    }
  };
  walk(container);
  return parts.join('. ').replace(/\.\s*\./g, '.');
}
