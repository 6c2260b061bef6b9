import { dateSchema, siteIdSchema } from './common';
import type { ErrorBody } from './error';
import { exampleAppointmentDay, exampleSiteHealth, exampleVisitBatch } from './examples';
import {
  CENTRAL_API_VERSION,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  centralRoutes,
  idempotencyKeySchema,
} from './http';
import { componentJsonSchemas, inlineJsonSchema, type ComponentName } from './openapi-components';

// The central API's OpenAPI 3.1 document, built from the zod schemas so that the two never
// drift. `main/central/write-openapi.ts` writes it to openapi.json (the artefact handed to
// the town's central team); a test checks the committed file is what this builds.

type JsonObject = Record<string, unknown>;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName, example?: unknown) => ({
  'application/json': { schema: ref(name), ...(example === undefined ? {} : { example }) },
});

function errorResponse(description: string, headers?: JsonObject, example?: ErrorBody): JsonObject {
  return { description, content: json('Error', example), ...(headers ? { headers } : {}) };
}

const invalidRecordsExample: ErrorBody = {
  error: {
    code: 'invalid-records',
    message: '1 record of the batch is invalid; nothing was stored.',
    records: [
      {
        index: 1,
        visitId: 'visit-00000001',
        issues: [{ path: 'calledAt', message: 'calledAt is before issuedAt' }],
      },
    ],
  },
};

const retryAfter = { $ref: '#/components/headers/RetryAfter' };

/** Answers every operation may give, besides its own. */
const commonErrors: JsonObject = {
  '400': errorResponse('The request is malformed (bad parameter, not JSON, wrong shape).'),
  '401': errorResponse('Missing or unknown bearer token.'),
  '403': errorResponse('The token belongs to another site.'),
  '413': errorResponse('The body is larger than 4 MiB.'),
  '429': errorResponse('Too many requests: retry after Retry-After.', {
    'Retry-After': retryAfter,
  }),
  '500': errorResponse('Unexpected server error: retry later (same Idempotency-Key).'),
  '503': errorResponse('Temporarily unavailable: retry after Retry-After.', {
    'Retry-After': retryAfter,
  }),
};

const siteParameter = { $ref: '#/components/parameters/SiteId' };

function pushVisits(): JsonObject {
  return {
    operationId: 'pushVisits',
    summary: 'Push a batch of closed visits',
    description:
      'Stores a batch of visit records, all or nothing. Each batch carries an Idempotency-Key: ' +
      'sending the same key with the same body again returns the first answer (with ' +
      'Idempotent-Replayed: true) and stores nothing twice; the same key with another body is ' +
      'refused (422 idempotency-key-reused); while the first request with a key is still being ' +
      'processed, another one with that key gets 409. A visit id already stored by an earlier ' +
      'batch is acknowledged in `duplicates` and kept once. Records that fail validation are ' +
      'listed one by one in a 422 invalid-records answer, so the site can set them aside and ' +
      'send the rest under a new key.',
    parameters: [siteParameter, { $ref: '#/components/parameters/IdempotencyKey' }],
    requestBody: { required: true, content: json('VisitBatch', exampleVisitBatch(2)) },
    responses: {
      '200': {
        description: 'The batch is stored (or was already: see Idempotent-Replayed).',
        headers: { [headerName(IDEMPOTENT_REPLAYED_HEADER)]: { schema: { type: 'boolean' } } },
        content: json('VisitBatchReceipt'),
      },
      ...commonErrors,
      '409': errorResponse('A request with this Idempotency-Key is still in progress.', {
        'Retry-After': retryAfter,
      }),
      '415': errorResponse('The body is not application/json.'),
      '422': errorResponse(
        'invalid-records (each refused record is named in error.records) or ' +
          'idempotency-key-reused (the key was used for another body).',
        undefined,
        invalidRecordsExample,
      ),
    },
  };
}

function pullAppointments(): JsonObject {
  return {
    operationId: 'pullAppointments',
    summary: 'The appointments of one day at the site',
    description:
      'Every appointment of the day, cancelled ones included. The answer carries a strong ETag; ' +
      'sending it back in If-None-Match gets 304 Not Modified while the day is unchanged.',
    parameters: [
      siteParameter,
      { name: 'date', in: 'query', required: true, schema: inlineJsonSchema(dateSchema) },
      {
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: 'The ETag of the copy the site holds.',
        schema: { type: 'string' },
      },
    ],
    responses: {
      '200': {
        description: 'The appointments of the day.',
        headers: { ETag: { description: 'Strong entity tag.', schema: { type: 'string' } } },
        content: json('AppointmentDay', exampleAppointmentDay()),
      },
      '304': { description: 'Unchanged since the ETag in If-None-Match.' },
      ...commonErrors,
    },
  };
}

function reportHealth(): JsonObject {
  return {
    operationId: 'reportHealth',
    summary: 'Report the health of the site',
    description:
      'The heartbeat of the site: clients and their versions, device states, sync backlog. The ' +
      'latest report describes the site; earlier ones are kept as history.',
    parameters: [siteParameter],
    requestBody: { required: true, content: json('SiteHealth', exampleSiteHealth()) },
    responses: {
      '200': { description: 'Recorded.', content: json('HealthReceipt') },
      ...commonErrors,
      '415': errorResponse('The body is not application/json.'),
    },
  };
}

/** Header names are case-insensitive; the document spells them the usual way. */
function headerName(lowercase: string): string {
  return lowercase.replace(
    /(^|-)([a-z])/g,
    (_m, dash: string, c: string) => dash + c.toUpperCase(),
  );
}

export function buildCentralOpenApi(): JsonObject {
  const { visitBatches, appointments, healthReports } = centralRoutes;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Accueil central API',
      version: CENTRAL_API_VERSION,
      description:
        'What each site hub (Accueil) expects of the central system of the town: it pushes closed ' +
        'visits in batches, pulls the appointments of each day and reports its health. Every ' +
        'request carries the bearer token of its site. Times are RFC 3339. Fields marked ' +
        'x-personal-data: true hold personal data and follow their retention rule.',
    },
    servers: [{ url: 'https://central.example.org', description: 'Set per town.' }],
    security: [{ siteToken: [] }],
    paths: {
      [visitBatches.path]: { [visitBatches.method.toLowerCase()]: pushVisits() },
      [appointments.path]: { [appointments.method.toLowerCase()]: pullAppointments() },
      [healthReports.path]: { [healthReports.method.toLowerCase()]: reportHealth() },
    },
    components: {
      securitySchemes: {
        siteToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'One token per site, issued by the central team; sent over TLS only.',
        },
      },
      parameters: {
        SiteId: {
          name: 'siteId',
          in: 'path',
          required: true,
          schema: inlineJsonSchema(siteIdSchema),
        },
        IdempotencyKey: {
          name: headerName(IDEMPOTENCY_KEY_HEADER),
          in: 'header',
          required: true,
          schema: inlineJsonSchema(idempotencyKeySchema),
        },
      },
      headers: {
        RetryAfter: {
          description: 'Seconds to wait, or an HTTP date.',
          schema: { type: 'string' },
        },
      },
      schemas: componentJsonSchemas(),
    },
  };
}
