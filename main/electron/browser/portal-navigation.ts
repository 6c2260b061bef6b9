import type { EServicePortal } from '../../../shared/domain/eservices-config';
import { checkNavigation, normaliseOrigins, type NavigationRefusal } from '../policy/navigation';

// Where the locked e-services view may go: the exact https origins of the portal the
// visitor chose, nothing else. The checks are the app's navigation rules
// (policy/navigation.ts: the WHATWG parser, exact origins, no user-info, no other scheme),
// narrowed to https, with what a page's sub-frames legitimately need besides
// (`about:blank`, `about:srcdoc`, and `blob:` of an allowed origin), and told for each
// way a page tries to move: a link or script (`will-navigate`), a server redirect, a
// frame, `window.open` or a form's `target` (which never open a window: they load in
// the view when allowed).

export type PortalMove = 'navigate' | 'redirect' | 'frame' | 'window-open';

export type PortalVerdict =
  { allow: true } | { allow: false; reason: NavigationRefusal; message: string; host: string };

/** A portal's allowlist: its origins through the same parser, https only, canonical as written. */
export function portalAllowlist(
  portal: Pick<EServicePortal, 'id' | 'origins'>,
): ReadonlySet<string> {
  const allowed = normaliseOrigins(portal.origins);
  for (const origin of allowed)
    if (!origin.startsWith('https://'))
      throw new Error(`portal ${portal.id}: ${origin} is not an https origin`);
  if (allowed.size !== new Set(portal.origins).size || portal.origins.some((o) => !allowed.has(o)))
    throw new Error(
      `portal ${portal.id}: write its origins in canonical form (lower case, no path)`,
    );
  return allowed;
}

/** What a refused address is shown as: its host (in its xn-- form, so a look-alike shows), or its scheme. */
export function shownHost(raw: string): string {
  try {
    const url = new URL(raw);
    return (url.hostname || url.protocol).slice(0, 80);
  } catch {
    return '';
  }
}

const frameOnly = new Set(['about:blank', 'about:srcdoc']);

export function checkPortalMove(
  raw: string,
  allowed: ReadonlySet<string>,
  move: PortalMove,
): PortalVerdict {
  if (move === 'frame') {
    if (frameOnly.has(raw)) return { allow: true };
    // blob:https://host/uuid: content an allowed page made itself, shown in its own frame.
    if (/^blob:/i.test(raw)) return checkPortalMove(raw.slice(5), allowed, 'navigate');
  }
  const verdict = checkNavigation(raw, allowed);
  if (verdict.allow) return { allow: true };
  return { allow: false, reason: verdict.reason, message: verdict.message, host: shownHost(raw) };
}
