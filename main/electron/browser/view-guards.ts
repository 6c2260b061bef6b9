// What the locked view adds to every page it shows, besides main's own checks:
// - a user style sheet that prints nothing (Electron has no hook to refuse `window.print()`;
//   the kiosk has no printer the page may reach anyway);
// - a script in an isolated world (the page can neither see nor remove it) that cancels
//   the click that would open a file picker, and turns autocomplete off on every form
//   field (Electron has no password manager; this keeps Chromium from suggesting what the
//   previous visitor typed during the same visit's session).

export const printBlockCss = '@media print{html,body{display:none!important}}';

export const viewGuardScript = `(() => {
  const isFilePicker = (target) =>
    target instanceof HTMLInputElement && target.type === 'file';
  document.addEventListener('click', (event) => {
    const path = event.composedPath();
    if (path.some(isFilePicker) || path.some((node) => node instanceof HTMLLabelElement && isFilePicker(node.control))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  const noAutofill = (root) => {
    for (const field of root.querySelectorAll('input, textarea, form')) field.setAttribute('autocomplete', 'off');
  };
  noAutofill(document);
  new MutationObserver(() => noAutofill(document)).observe(document.documentElement, { childList: true, subtree: true });
})();`;
