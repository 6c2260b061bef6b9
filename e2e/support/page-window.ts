// What the e2e code reads of the page's `window` inside `page.evaluate` / init scripts.
// e2e/ is type-checked with Node's types only (no DOM), so those callbacks cast
// `globalThis` to this (a type: nothing is imported into the page).
export interface PageWindow {
  document: { documentElement: object; activeElement: unknown };
  getComputedStyle(element: object): { fontSize: string; outlineStyle: string };
  speechSynthesis: object;
  /** What the stand-in speech engine was asked to say. */
  spoken: { text: string; lang: string }[];
}
