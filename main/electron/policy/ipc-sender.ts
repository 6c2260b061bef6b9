import { originOf } from './navigation';
import type { AppMode } from './web-preferences';

// Who may call the main process: a message is answered only when it comes from the main
// frame of one of the app's own windows, showing a page of the app's own origin. A frame
// inside the page, a window the app did not open, or a page that navigated elsewhere
// (which the navigation rules prevent, but this does not rely on it) is refused.

export interface SenderFacts {
  /** `event.sender.id`. */
  webContentsId: number;
  /** `event.senderFrame?.url`; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Whether `event.senderFrame` is `event.sender.mainFrame`. */
  isMainFrame: boolean;
}

export interface SenderRules {
  /** The app's origin, e.g. `app://accueil`. */
  appOrigin: string;
  /** The app's windows, by their webContents id. */
  windows: ReadonlyMap<number, AppMode>;
  /** The modes a channel answers; every window's when absent. */
  modes?: readonly AppMode[];
}

export type SenderVerdict = { ok: true; mode: AppMode } | { ok: false; reason: string };

export function checkSender(facts: SenderFacts, rules: SenderRules): SenderVerdict {
  const mode = rules.windows.get(facts.webContentsId);
  if (!mode)
    return { ok: false, reason: `webContents ${facts.webContentsId} is not an app window` };
  if (!facts.isMainFrame) return { ok: false, reason: 'a sub-frame may not call the main process' };
  if (!facts.frameUrl) return { ok: false, reason: 'the sending frame is gone' };
  let origin: string;
  try {
    origin = originOf(new URL(facts.frameUrl));
  } catch {
    return { ok: false, reason: 'the sending frame has no parsable URL' };
  }
  if (origin !== rules.appOrigin)
    return { ok: false, reason: `a page of ${origin} may not call the main process` };
  if (rules.modes && !rules.modes.includes(mode))
    return { ok: false, reason: `the ${mode} window may not use this channel` };
  return { ok: true, mode };
}
