import { onScopeDispose, ref } from 'vue';

export interface IdleTimerOptions {
  /** Inactivity before the warning. */
  idleMs: number;
  /** How long the warning lets the visitor extend (at least 20 s, EN 301 549). */
  warningMs: number;
  /** The timer runs only while this says a visitor is there. */
  active: () => boolean;
  onWarn: () => void;
  onExpire: () => void;
}

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Watches for a visitor's silence: after `idleMs` without a touch or key it warns, then
 * counts `secondsLeft` down; any activity (or `extend()`) before the end starts over.
 */
export function useIdleTimer(options: IdleTimerOptions) {
  const warning = ref(false);
  const secondsLeft = ref(0);
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  let deadline = 0;

  function stop() {
    clearTimeout(idleTimer);
    clearInterval(tick);
    warning.value = false;
  }

  function arm() {
    stop();
    if (!options.active()) return;
    idleTimer = setTimeout(warn, options.idleMs);
  }

  function warn() {
    warning.value = true;
    deadline = Date.now() + options.warningMs;
    secondsLeft.value = Math.ceil(options.warningMs / 1000);
    options.onWarn();
    tick = setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      secondsLeft.value = left;
      if (left === 0) {
        stop();
        options.onExpire();
      }
    }, 250);
  }

  // While the warning is up, only its own buttons extend: a stray touch behind the modal
  // cannot reach anything anyway, and the warning must not vanish without a choice.
  const onActivity = () => {
    if (!warning.value) arm();
  };
  for (const type of activityEvents)
    window.addEventListener(type, onActivity, { passive: true, capture: true });
  onScopeDispose(() => {
    stop();
    for (const type of activityEvents)
      window.removeEventListener(type, onActivity, { capture: true });
  });

  return { warning, secondsLeft, extend: arm, restart: arm, stop };
}
