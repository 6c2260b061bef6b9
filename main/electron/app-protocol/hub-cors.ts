// The pages come from `app://accueil` and call the hub at its https origin, a cross-origin
// call the hub (built for pages it serves itself) does not answer with CORS headers. The
// app's session adds them to the hub's answers only — never to another origin's — and
// answers the hub's preflights, so the page may send its bearer token and JSON there and
// nowhere else.

export interface HubResponseFacts {
  method: string;
  url: string;
  statusLine?: string;
  responseHeaders?: Record<string, string[]>;
}

export interface HubResponseChange {
  responseHeaders?: Record<string, string[]>;
  statusLine?: string;
}

const allowHeaders = 'authorization, content-type, idempotency-key, last-event-id';

export function hubCorsHeaders(
  facts: HubResponseFacts,
  hubOrigin: string,
  appOrigin: string,
): HubResponseChange {
  let origin: string;
  try {
    origin = new URL(facts.url).origin;
  } catch {
    return {};
  }
  if (origin !== hubOrigin) return {};
  const headers: Record<string, string[]> = {};
  // The hub's own CORS answer, if it ever sends one, is replaced rather than doubled.
  for (const [name, value] of Object.entries(facts.responseHeaders ?? {}))
    if (!name.toLowerCase().startsWith('access-control-')) headers[name] = value;
  headers['access-control-allow-origin'] = [appOrigin];
  headers['vary'] = ['Origin'];
  if (facts.method.toUpperCase() !== 'OPTIONS') return { responseHeaders: headers };
  headers['access-control-allow-methods'] = ['GET, POST, PUT, PATCH, DELETE'];
  headers['access-control-allow-headers'] = [allowHeaders];
  headers['access-control-max-age'] = ['600'];
  return { responseHeaders: headers, statusLine: 'HTTP/1.1 204 No Content' };
}
