import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { identifierSchema } from '../../shared/central/common';
import type { RecordError } from '../../shared/central/error';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  MAX_REQUEST_BYTES,
  idempotencyKeySchema,
} from '../../shared/central/http';
import {
  MAX_VISITS_PER_BATCH,
  visitRecordSchema,
  type VisitBatchReceipt,
  type VisitRecord,
} from '../../shared/central/visit';
import { HttpError, parseJson, readBody, requireJson, sha256 } from './http-io';
import type { SandboxStore } from './store';

// POST /v1/sites/{siteId}/visit-batches: idempotent per key (same key and body → the
// stored answer; other body → 422; still in progress → 409), all or nothing per batch,
// and each refused record named so the site can quarantine exactly those.

export interface Answer {
  status: number;
  text: string;
  headers?: Record<string, string>;
  /** The batch was committed: an answer lost now leaves the client in doubt. */
  committed?: boolean;
}

export interface BatchDeps {
  store: SandboxStore;
  /** Keys ("site\nkey") whose request is being processed right now. */
  inProgress: Set<string>;
  /** Waits while the request is in progress (the "slow" fault). */
  hold: () => Promise<void>;
  now: () => Date;
  counters: { replays: number; conflicts: number };
  /** Service codes this central system does not know (visits of them are refused). */
  refusedServices: () => readonly string[];
  /** Whether a refused batch names its refused records (false: a bare 400). */
  namesRecords: () => boolean;
}

const envelopeSchema = z.object({
  visits: z.array(z.unknown()).min(1).max(MAX_VISITS_PER_BATCH),
});

export async function handleVisitBatch(
  req: IncomingMessage,
  siteId: string,
  deps: BatchDeps,
): Promise<Answer> {
  requireJson(req);
  const key = idempotencyKeySchema.safeParse(req.headers[IDEMPOTENCY_KEY_HEADER]);
  if (!key.success)
    throw new HttpError(
      400,
      'idempotency-key-missing',
      `Send an ${IDEMPOTENCY_KEY_HEADER} header (8 to 128 letters, digits or . _ : -), the same for every retry of this batch.`,
    );
  const body = await readBody(req, MAX_REQUEST_BYTES);
  const bodyHash = sha256(body);
  const gate = `${siteId}\n${key.data}`;

  if (deps.inProgress.has(gate)) {
    deps.counters.conflicts++;
    throw new HttpError(
      409,
      'idempotency-in-progress',
      'A request with this Idempotency-Key is still being processed: retry later.',
      { 'retry-after': '1' },
    );
  }
  const stored = deps.store.answerFor(siteId, key.data);
  if (stored) {
    if (stored.bodyHash !== bodyHash)
      throw new HttpError(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was used for another batch: use a new key for a new batch.',
      );
    deps.counters.replays++;
    return {
      status: stored.status,
      text: stored.response,
      headers: { [IDEMPOTENT_REPLAYED_HEADER]: 'true' },
      committed: true,
    };
  }

  deps.inProgress.add(gate);
  try {
    await deps.hold();
    return ingest(siteId, key.data, bodyHash, parseJson(body), deps);
  } finally {
    deps.inProgress.delete(gate);
  }
}

function ingest(
  siteId: string,
  key: string,
  bodyHash: string,
  json: unknown,
  deps: BatchDeps,
): Answer {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success)
    throw new HttpError(
      400,
      'bad-request',
      `The body must be {"visits": [...]} with 1 to ${MAX_VISITS_PER_BATCH} visits: ${z.prettifyError(envelope.error)}`,
    );
  const { visits, refused } = validate(
    siteId,
    envelope.data.visits,
    new Set(deps.refusedServices()),
  );
  const receivedAt = deps.now().toISOString();
  if (refused.length > 0 && !deps.namesRecords())
    throw new HttpError(400, 'bad-request', 'The batch is invalid; nothing was stored.');
  if (refused.length > 0) {
    const error = new HttpError(
      422,
      'invalid-records',
      `${refused.length} of ${envelope.data.visits.length} records are invalid (see records); nothing was stored. Set them aside and send the others under a new Idempotency-Key.`,
      {},
      refused,
    );
    const response = JSON.stringify(error.body());
    deps.store.storeAnswer(siteId, key, { bodyHash, status: 422, response }, receivedAt);
    return { status: 422, text: response, committed: true };
  }
  const batchId = `batch-${randomUUID()}`;
  let response = '';
  deps.store.storeBatch(siteId, key, { id: batchId, receivedAt, bodyHash, visits }, (outcome) => {
    const receipt: VisitBatchReceipt = { batchId, ...outcome, receivedAt };
    response = JSON.stringify(receipt);
    return { status: 200, response };
  });
  return { status: 200, text: response, committed: true };
}

function validate(
  siteId: string,
  records: unknown[],
  refusedServices: ReadonlySet<string>,
): { visits: VisitRecord[]; refused: RecordError[] } {
  const visits: VisitRecord[] = [];
  const refused: RecordError[] = [];
  records.forEach((record, index) => {
    const parsed = visitRecordSchema.safeParse(record);
    const issues = parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          path: issue.path.join('.') || '(record)',
          message: issue.message,
        }));
    if (parsed.success && parsed.data.siteId !== siteId)
      issues.push({
        path: 'siteId',
        message: `belongs to site ${parsed.data.siteId}, not ${siteId}`,
      });
    if (parsed.success && refusedServices.has(parsed.data.serviceCode))
      issues.push({
        path: 'serviceCode',
        message: `unknown service ${parsed.data.serviceCode}: declare it on the central side first`,
      });
    if (parsed.success && issues.length === 0) visits.push(parsed.data);
    else refused.push({ index, visitId: idOf(record), issues });
  });
  return { visits, refused };
}

function idOf(record: unknown): string | null {
  const id = (record as { id?: unknown } | null)?.id;
  return identifierSchema.safeParse(id).success ? (id as string) : null;
}
