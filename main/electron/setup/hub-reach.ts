import { HubApiError, type FetchLike } from '../../../shared/contracts/hub-client';
import { deviceConfigSchema } from '../config/device-config';

// How the setup screen's calls to a hub fail, in the channels' words: an address that is
// no hub origin, a hub that cannot be reached, a certificate that fails its pin (or the
// system's CAs), or something that answers but is no Accueil hub.

export type ReachError = {
  code: 'hub-unreachable' | 'certificate-refused' | 'not-a-hub';
  message: string;
};

/** A fetch to one hub, its certificate checked against `fingerprint` (or the system CAs). */
export type HubFetchFor = (origin: string, fingerprint: string | undefined) => FetchLike;

const hubUrlSchema = deviceConfigSchema.shape.hub.shape.url;

/** The hub's origin from what IT typed, or what is wrong with it. */
export function hubOriginOf(
  text: string,
): { ok: true; origin: string } | { ok: false; message: string } {
  const parsed = hubUrlSchema.safeParse(text);
  if (parsed.success) return { ok: true, origin: parsed.data };
  return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join('; ') };
}

function causeText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (current instanceof Error) {
      const code = (current as NodeJS.ErrnoException).code;
      parts.push(code ? `${current.message} (${code})` : current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(': ');
}

export function reachErrorOf(error: unknown, origin: string): ReachError {
  if (error instanceof SyntaxError || (error instanceof HubApiError && error.code === 'internal'))
    return {
      code: 'not-a-hub',
      message: `${origin} answers, but not as an Accueil hub: check the address and the port`,
    };
  const text = causeText(error);
  if (/cert|ssl|tls|self[- ]signed|unable to verify/i.test(text))
    return {
      code: 'certificate-refused',
      message: `the certificate of ${origin} was refused (${text.slice(0, 300)}): check the fingerprint with the hub's administrator`,
    };
  return {
    code: 'hub-unreachable',
    message: `${origin} cannot be reached (${text.slice(0, 300)}): check the address, the network and that the hub is running`,
  };
}
