import { z } from 'zod';

// The wire conventions both ends share: paths, headers and limits. The OpenAPI document
// (openapi.ts) is built from these same constants.

export const CENTRAL_API_VERSION = '1.0.0';

export const centralRoutes = {
  visitBatches: { method: 'POST', path: '/v1/sites/{siteId}/visit-batches' },
  appointments: { method: 'GET', path: '/v1/sites/{siteId}/appointments' },
  healthReports: { method: 'POST', path: '/v1/sites/{siteId}/health-reports' },
} as const;
export type CentralRouteName = keyof typeof centralRoutes;

/** The concrete path of a route for a site (the site id is percent-encoded). */
export function centralPath(route: CentralRouteName, siteId: string): string {
  return centralRoutes[route].path.replace('{siteId}', encodeURIComponent(siteId));
}

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Set to "true" on an answer replayed from the idempotency store. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';

export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{8,128}$/)
  .meta({
    description:
      'One key per batch (a UUID is fine), reused verbatim when the same batch is retried.',
  });

/** Largest request body the central API accepts (a full batch is far below it). */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
