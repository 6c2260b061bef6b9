// What the kiosk bench runs inside the page: taps (a click on an element) timed with the
// page's own clock until the next screen is painted, so the figures hold no CDP round
// trip. These functions are passed to `page.evaluate`: self-contained, nothing imported,
// and no named inner functions (a bundler's name helper would not exist in the page).

/** The part of the page's DOM these functions touch (e2e is type-checked without DOM types). */
interface BenchDocument {
  querySelector(selector: string): BenchElement | null;
}
interface BenchElement {
  click(): void;
  getAttribute(name: string): string | null;
}
interface BenchWindow {
  document: BenchDocument;
  performance: { now(): number };
  requestAnimationFrame(callback: () => void): void;
}

export interface TapRequest {
  /** data-testid of what is tapped. */
  tap: string;
  /** Or a key of the on-screen keyboard (its `data-key`). */
  key?: string;
  /** Done when this selector matches (the next screen, the ticket, the printed notice). */
  until: string;
  timeoutMs: number;
}

/** Taps, waits until `until` is on screen and one frame is painted; answers the ms it took. */
export async function timedTap(request: TapRequest): Promise<number> {
  const w = globalThis as unknown as BenchWindow;
  const target = w.document.querySelector(`[data-testid="${request.tap}"]`);
  if (!target) throw new Error(`nothing to tap: ${request.tap}`);
  const start = w.performance.now();
  target.click();
  while (!w.document.querySelector(request.until)) {
    if (w.performance.now() - start > request.timeoutMs)
      throw new Error(`${request.until} did not appear after tapping ${request.tap}`);
    await new Promise<void>((resolve) => w.requestAnimationFrame(() => resolve()));
  }
  // The frame that shows it.
  await new Promise<void>((resolve) => w.requestAnimationFrame(() => resolve()));
  return w.performance.now() - start;
}

/** Taps a sequence of steps, each waiting for what it leads to (one visitor's session). */
export async function tapThrough(steps: TapRequest[]): Promise<number[]> {
  const w = globalThis as unknown as BenchWindow;
  const times: number[] = [];
  for (const step of steps) {
    const target = w.document.querySelector(
      step.key ? `[data-key="${step.key}"]` : `[data-testid="${step.tap}"]`,
    );
    if (!target) throw new Error(`nothing to tap: ${step.key ?? step.tap}`);
    const start = w.performance.now();
    target.click();
    while (!w.document.querySelector(step.until)) {
      if (w.performance.now() - start > step.timeoutMs)
        throw new Error(`${step.until} did not appear after tapping ${step.tap}`);
      await new Promise<void>((resolve) => w.requestAnimationFrame(() => resolve()));
    }
    // Keys of the on-screen keyboard change no screen: not counted as "next screen".
    if (!step.key) times.push(w.performance.now() - start);
  }
  return times;
}
