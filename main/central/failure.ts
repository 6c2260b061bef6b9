import type { RecordError } from '../../shared/central/error';

// What can go wrong talking to the central API, sorted by what the sync worker must do:
//  - retryable: try the same batch again, same Idempotency-Key, after a backoff;
//  - conflict: the same key is still being processed over there: retry later, same key;
//  - poison: the batch (or the records in `rejected`) will never be accepted as it is:
//    quarantine them and show them to an admin instead of retrying forever;
//  - misconfigured: the token or the TLS trust is wrong: nothing to quarantine, a human
//    must fix the configuration; retry slowly meanwhile.

export type RetryableReason =
  | 'network'
  | 'timeout'
  | 'server-error'
  | 'rate-limited'
  | 'unavailable'
  | 'bad-response'
  | 'aborted';

export type CentralFailure =
  | {
      kind: 'retryable';
      reason: RetryableReason;
      message: string;
      status?: number;
      retryAfterMs?: number;
    }
  | { kind: 'conflict'; status: 409; message: string; retryAfterMs?: number }
  | {
      kind: 'poison';
      status: number;
      /** The central error code when the answer had one (e.g. invalid-records). */
      code: string;
      message: string;
      /** The records the server refused, when it named them; empty: the whole request. */
      rejected: RecordError[];
    }
  | {
      kind: 'misconfigured';
      reason: 'unauthorized' | 'forbidden' | 'tls';
      message: string;
      status?: number;
    };

export type CentralResult<T> = { ok: true; value: T } | { ok: false; failure: CentralFailure };
