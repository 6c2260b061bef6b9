import type { z } from 'zod';
import { appointmentDaySchema } from '../../shared/central/appointment';
import { dateSchema } from '../../shared/central/common';
import { healthReceiptSchema, type SiteHealth } from '../../shared/central/health';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  centralPath,
  idempotencyKeySchema,
} from '../../shared/central/http';
import { visitBatchReceiptSchema, type VisitBatch } from '../../shared/central/visit';
import type { CallOptions, CentralApi } from './central-api';
import { classifyNetworkError, classifyResponse } from './classify';
import type { CentralResult } from './failure';
import {
  createTransport,
  type TransportOptions,
  type TransportRequest,
  type TransportResponse,
} from './http-transport';

// The typed HTTP client of the central API. It never throws for a failed call: every
// outcome is a CentralResult, classified for the sync worker (failure.ts).

export interface CentralClientOptions extends TransportOptions {
  siteId: string;
  /** The site's bearer token. */
  token: string;
  userAgent?: string;
  /** Clock for Retry-After dates (ms since epoch). */
  now?: () => number;
}

export function createCentralClient(options: CentralClientOptions): CentralApi {
  const transport = createTransport(options);
  const now = options.now ?? Date.now;
  const baseHeaders = {
    authorization: `Bearer ${options.token}`,
    accept: 'application/json',
    'user-agent': options.userAgent ?? 'accueil-hub',
  };

  async function exchange(request: TransportRequest): Promise<CentralResult<TransportResponse>> {
    try {
      return { ok: true, value: await transport.send(request) };
    } catch (error) {
      return { ok: false, failure: classifyNetworkError(error) };
    }
  }

  function failed(response: TransportResponse): CentralResult<never> {
    const retryAfter = response.headers['retry-after'];
    return {
      ok: false,
      failure: classifyResponse(
        { status: response.status, retryAfter, body: response.body },
        now(),
      ),
    };
  }

  /** A 2xx whose body does not match the contract is retried: asking again is safe. */
  function parsed<T>(schema: z.ZodType<T>, response: TransportResponse): CentralResult<T> {
    let json: unknown;
    try {
      json = JSON.parse(response.body);
    } catch {
      json = undefined;
    }
    const result = schema.safeParse(json);
    if (result.success) return { ok: true, value: result.data };
    return {
      ok: false,
      failure: {
        kind: 'retryable',
        reason: 'bad-response',
        status: response.status,
        message: `The central API answered ${response.status} with a body that does not match the contract`,
      },
    };
  }

  const json = (body: unknown) => ({ body: JSON.stringify(body), type: 'application/json' });

  return {
    async pushVisits(batch: VisitBatch, idempotencyKey: string, call: CallOptions = {}) {
      // A bad key is the caller's bug, not the batch's: say so before sending anything.
      if (!idempotencyKeySchema.safeParse(idempotencyKey).success)
        throw new Error(
          `Invalid Idempotency-Key "${idempotencyKey}": 8 to 128 of A-Z a-z 0-9 . _ : -`,
        );
      const { body, type } = json(batch);
      const sent = await exchange({
        method: 'POST',
        path: centralPath('visitBatches', options.siteId),
        headers: { ...baseHeaders, 'content-type': type, [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
        body,
        ...call,
      });
      if (!sent.ok) return sent;
      if (sent.value.status !== 200) return failed(sent.value);
      const receipt = parsed(visitBatchReceiptSchema, sent.value);
      if (!receipt.ok) return receipt;
      const replayed = sent.value.headers[IDEMPOTENT_REPLAYED_HEADER] === 'true';
      return { ok: true, value: { ...receipt.value, replayed } };
    },

    async pullAppointments(date: string, etag?: string, call: CallOptions = {}) {
      if (!dateSchema.safeParse(date).success)
        throw new Error(`Invalid date "${date}": give it as YYYY-MM-DD.`);
      const query = `?date=${encodeURIComponent(date)}`;
      const sent = await exchange({
        method: 'GET',
        path: centralPath('appointments', options.siteId) + query,
        headers: { ...baseHeaders, ...(etag ? { 'if-none-match': etag } : {}) },
        ...call,
      });
      if (!sent.ok) return sent;
      const answer = sent.value;
      const answerEtag = typeof answer.headers.etag === 'string' ? answer.headers.etag : null;
      if (answer.status === 304 && etag)
        return { ok: true, value: { notModified: true, etag: answerEtag ?? etag } };
      if (answer.status !== 200) return failed(answer);
      const day = parsed(appointmentDaySchema, answer);
      if (!day.ok) return day;
      if (day.value.date !== date || day.value.siteId !== options.siteId)
        return {
          ok: false,
          failure: {
            kind: 'retryable',
            reason: 'bad-response',
            status: 200,
            message: `Asked for ${options.siteId} on ${date}, got ${day.value.siteId} on ${day.value.date}`,
          },
        };
      return { ok: true, value: { notModified: false, etag: answerEtag, day: day.value } };
    },

    async reportHealth(report: SiteHealth, call: CallOptions = {}) {
      const { body, type } = json(report);
      const sent = await exchange({
        method: 'POST',
        path: centralPath('healthReports', options.siteId),
        headers: { ...baseHeaders, 'content-type': type },
        body,
        ...call,
      });
      if (!sent.ok) return sent;
      return sent.value.status === 200
        ? parsed(healthReceiptSchema, sent.value)
        : failed(sent.value);
    },

    close: () => transport.close(),
  };
}
