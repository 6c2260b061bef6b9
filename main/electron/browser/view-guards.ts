// What the locked view adds to every page it shows, besides main's own checks. Electron
// has no hook to refuse `window.print()` (which would open the system's print dialog, and
// with it a file chooser) nor a file or colour chooser, so the page itself is made unable
// to ask for them:
// - `guardPageApis`, run in the page's own (main) world by the view's preload
//   (`portal-preload.ts`, `contextBridge.executeInMainWorld`) before any script of the
//   page: `print()` does nothing, `showPicker()` throws NotAllowedError, the File System
//   Access pickers reject, and a click on a file input (`click()`, `dispatchEvent`, even
//   on an input outside the document) opens nothing. The replacements cannot be redefined
//   (assigning to them does nothing), and use only built-ins taken before the page ran,
//   so a page that rewrites `Function.prototype.call` or a getter cannot get around them.
// - `guardPageEvents`, run in an isolated world (the preload's own, and again after each
//   load from main): cancels the clicks and Enter/Space keys that would open a file
//   chooser, and turns autocomplete off on every form field (Electron has no password
//   manager; this keeps Chromium from suggesting what an earlier page of the visit typed).
//   The page can neither see nor remove these listeners.
// - a user style sheet that prints nothing, should a print still start.
// Both functions are serialised into the page: they close over nothing and take their
// one argument, the marker of their console line, which is how a refusal reaches main
// (the view has no IPC at all; a page that writes the same line only gets the visitor
// told that printing or files are not possible, which is true).

export const printBlockCss = '@media print{html,body{display:none!important}}';

/** Starts the console line a guard writes when it refused something. */
export const guardMarker = 'accueil-view-guard:refused:';

export type GuardRefusal = 'print' | 'file';

/** What a console line of the view says was refused, if it is a guard's. */
export function refusalOf(message: string): GuardRefusal | null {
  if (!message.startsWith(guardMarker)) return null;
  const what = message.slice(guardMarker.length);
  return what === 'print' || what === 'file' ? what : null;
}

// main/ is type-checked without the DOM's types: the little of it used here, declared.
interface GuardedGlobal {
  console: { warn(message: string): void };
  DOMException: new (message: string, name: string) => Error;
  HTMLInputElement: { prototype: object };
  HTMLLabelElement: { prototype: object };
  HTMLElement: { prototype: { click(): void } };
  EventTarget: { prototype: { dispatchEvent(event: unknown): boolean } };
  Event: { prototype: object };
  Promise: PromiseConstructor;
}

/** The page's main world: no print, no picker, no file chooser. Serialised: closes over nothing. */
export function guardPageApis(marker: string): void {
  const scope = globalThis as unknown as GuardedGlobal & Record<string, unknown>;
  // Once per document: the replacements cannot be replaced, not even by this function.
  if (Object.getOwnPropertyDescriptor(scope, 'print')?.configurable === false) return;
  // Every built-in used later, taken now: the page may rewrite the globals afterwards.
  const apply = Reflect.apply;
  const define = Object.defineProperty;
  const describe = Object.getOwnPropertyDescriptor;
  const console = scope.console;
  const warn = console.warn;
  const NotAllowed = scope.DOMException;
  const promises = scope.Promise;
  const reject = promises.reject;
  const inputType = describe(scope.HTMLInputElement.prototype, 'type')?.get;
  const labelControl = describe(scope.HTMLLabelElement.prototype, 'control')?.get;
  const eventType = describe(scope.Event.prototype, 'type')?.get;
  const nativeClick = scope.HTMLElement.prototype.click;
  const nativeDispatch = scope.EventTarget.prototype.dispatchEvent;
  // Each refusal, one line (main tells the visitor at most every 2 s).
  const report = (what: string) => apply(warn, console, [marker + what]);
  const refusal = (what: string) => {
    report(what);
    return new NotAllowed(
      what === 'print'
        ? 'printing is not possible on this kiosk'
        : 'no file can be chosen on this kiosk',
      'NotAllowedError',
    );
  };
  const read = (getter: ((this: unknown) => unknown) | undefined, target: unknown): unknown => {
    if (!getter) return null;
    try {
      return apply(getter, target, []);
    } catch {
      return null; // not an object of that kind
    }
  };
  /** Whether activating `target` would open a chooser: a file or colour input, or a label of one. */
  const opensChooser = (target: unknown): boolean => {
    const type = read(inputType, target);
    if (type === 'file' || type === 'color') return true;
    const control = read(labelControl, target);
    if (control === null || control === undefined) return false;
    const controlType = read(inputType, control);
    return controlType === 'file' || controlType === 'color';
  };
  // Fixed for good, yet an assignment by the page is ignored rather than thrown (a strict
  // script that wraps `dispatchEvent` or `print` keeps running, without its wrapper).
  const fixed = (target: object, name: string, value: unknown) =>
    define(target, name, {
      get: () => value,
      set: () => {},
      configurable: false,
      enumerable: true,
    });

  fixed(scope, 'print', function print() {
    report('print');
  });
  fixed(scope.HTMLInputElement.prototype, 'showPicker', function showPicker() {
    throw refusal('file');
  });
  for (const name of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker'])
    if (name in scope)
      fixed(scope, name, function picker() {
        return apply(reject, promises, [refusal('file')]);
      });
  fixed(scope.HTMLElement.prototype, 'click', function click(this: unknown) {
    if (opensChooser(this)) report('file');
    else apply(nativeClick, this, []);
  });
  fixed(
    scope.EventTarget.prototype,
    'dispatchEvent',
    function dispatchEvent(this: unknown, event: unknown) {
      const type = read(eventType, event);
      if ((type === 'click' || type === 'DOMActivate') && opensChooser(this)) {
        report('file');
        return false;
      }
      return apply(nativeDispatch, this, [event]) as boolean;
    },
  );
}

interface EventsGlobal {
  console: { warn(message: string): void };
  document: {
    documentElement: unknown;
    querySelectorAll(
      selector: string,
    ): Iterable<{ setAttribute(name: string, value: string): void }>;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean }): void;
  };
  addEventListener(
    type: string,
    listener: (event: {
      key?: string;
      composedPath(): unknown[];
      preventDefault(): void;
      stopImmediatePropagation(): void;
    }) => void,
    capture: boolean,
  ): void;
  HTMLInputElement: abstract new () => { type: string };
  HTMLLabelElement: abstract new () => { control: unknown };
}

/** An isolated world's DOM listeners: no chooser from a click or a key, no autocomplete. Serialised. */
export function guardPageEvents(marker: string): void {
  const scope = globalThis as unknown as EventsGlobal;
  const chooses = (node: unknown) =>
    node instanceof scope.HTMLInputElement && (node.type === 'file' || node.type === 'color');
  const opensChooser = (path: unknown[]) =>
    path.some(
      (node) => chooses(node) || (node instanceof scope.HTMLLabelElement && chooses(node.control)),
    );
  const refuse = (event: { preventDefault(): void; stopImmediatePropagation(): void }) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    scope.console.warn(`${marker}file`);
  };
  // On the window, capturing, before any listener of the page.
  scope.addEventListener(
    'click',
    (event) => {
      if (opensChooser(event.composedPath())) refuse(event);
    },
    true,
  );
  scope.addEventListener(
    'keydown',
    (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && opensChooser(event.composedPath()))
        refuse(event);
    },
    true,
  );
  const noAutofill = () => {
    for (const field of scope.document.querySelectorAll('input, textarea, form'))
      field.setAttribute('autocomplete', 'off');
  };
  const watch = () => {
    noAutofill();
    new scope.MutationObserver(noAutofill).observe(scope.document.documentElement, {
      childList: true,
      subtree: true,
    });
  };
  // A preload runs before the document has an element; main's run comes after the load.
  if (scope.document.documentElement) watch();
  else scope.addEventListener('DOMContentLoaded', watch, true);
}

/** The isolated-world script main runs again after each load (should the preload not have run). */
export const viewGuardScript = `(${guardPageEvents.toString()})(${JSON.stringify(guardMarker)});`;

/**
 * What main runs in a sub-frame's own world once it has loaded (no preload runs there):
 * the same guards, later than the page's scripts and where the page could reach them,
 * so weaker than the main frame's; better than none.
 */
export const subFrameGuardScript = `(${guardPageApis.toString()})(${JSON.stringify(guardMarker)});
(${guardPageEvents.toString()})(${JSON.stringify(guardMarker)});`;
