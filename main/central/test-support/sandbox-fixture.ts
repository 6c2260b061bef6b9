import { afterAll, afterEach, beforeAll } from 'vitest';
import { exampleVisitBatch } from '../../../shared/central/examples';
import type { VisitBatch } from '../../../shared/central/visit';
import { startCentralSandbox, type CentralSandbox } from '../../central-sandbox/sandbox';
import type { CentralApi } from '../central-api';
import { createCentralClient } from '../central-client';
import type { CentralResult } from '../failure';

// A real sandbox and a client for one test file: started before its tests, faults
// cleared after each one, both closed at the end.

export const NOW = Date.UTC(2025, 2, 14, 9, 0, 0);

export interface SandboxFixture {
  sandbox: CentralSandbox;
  client: CentralApi;
  /** An Idempotency-Key never used before. */
  nextKey(): string;
  /** A batch of visits never sent before. */
  freshBatch(count: number): VisitBatch;
}

export function useSandbox(): SandboxFixture {
  let counter = 0;
  let first = 0;
  const fixture = {
    nextKey: () => `test-key-${++counter}-${Date.now()}`,
    freshBatch(count: number) {
      const batch = exampleVisitBatch(count, first);
      first += count;
      return batch;
    },
  } as SandboxFixture;

  beforeAll(async () => {
    fixture.sandbox = await startCentralSandbox({ seedDate: '2025-03-14' });
    fixture.client = createCentralClient({
      baseUrl: fixture.sandbox.url,
      siteId: fixture.sandbox.siteId,
      token: fixture.sandbox.token,
      timeoutMs: 5_000,
      now: () => NOW,
    });
  });
  afterEach(async () => {
    await fixture.sandbox.setFaults({ errorRate: 0, dropRate: 0, slowMs: 0, down: false });
  });
  afterAll(async () => {
    fixture.client.close();
    await fixture.sandbox.close();
  });
  return fixture;
}

export function ok<T>(result: CentralResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.failure)}`);
  return result.value;
}

export function failure<T>(result: CentralResult<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.failure;
}
