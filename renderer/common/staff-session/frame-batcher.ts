/**
 * Events are folded into the state as they arrive; the screen (and the hooks) learn of
 * them once per frame: a burst of events (a visit's call, start and finish; a busy site
 * seen by many dashboards) costs one render, not one each. A hidden page has no frames:
 * it is told at once, so its alarms still sound; a window the system stops drawing is
 * told within FRAME_FALLBACK_MS.
 */
const FRAME_FALLBACK_MS = 100;

export function frameBatcher(publish: () => void): { request(): void; cancel(): void } {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const run = () => {
    cancel();
    publish();
  };
  return {
    request() {
      if (
        typeof document === 'undefined' ||
        typeof requestAnimationFrame !== 'function' ||
        document.visibilityState !== 'visible'
      ) {
        run();
        return;
      }
      frame ??= requestAnimationFrame(run);
      timer ??= setTimeout(run, FRAME_FALLBACK_MS);
    },
    cancel,
  };
}
