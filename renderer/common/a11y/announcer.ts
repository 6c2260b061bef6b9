import { ref, type Ref } from 'vue';

// What screen readers hear of changes that do not move focus: one polite and one
// assertive live region (LiveRegions.vue renders them). Saying the same text twice in a
// row is still announced: the region is emptied first, then filled on the next frame.

export type Urgency = 'polite' | 'assertive';

export interface Announcer {
  readonly polite: Ref<string>;
  readonly assertive: Ref<string>;
  say(text: string, urgency?: Urgency): void;
  clear(): void;
}

export function createAnnouncer(
  nextFrame: (task: () => void) => void = (task) => setTimeout(task, 50),
): Announcer {
  const polite = ref('');
  const assertive = ref('');
  return {
    polite,
    assertive,
    say(text, urgency = 'polite') {
      const region = urgency === 'polite' ? polite : assertive;
      region.value = '';
      nextFrame(() => (region.value = text));
    },
    clear() {
      polite.value = '';
      assertive.value = '';
    },
  };
}
