import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import document from '../../shared/central/openapi.json';
import { componentSchemas, type ComponentName } from '../../shared/central/openapi-components';
import { startCentralSandbox, type CentralSandbox } from './sandbox';

// The sandbox against the committed OpenAPI document, operation by operation: the request
// the document shows gets a documented answer whose body matches the documented schema.

type Json = Record<string, unknown>;
const paths = document.paths as unknown as Record<string, Record<string, Json>>;
const operations = Object.entries(paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
);

function componentOf(media: unknown): ComponentName {
  const ref = ((media as Json)['application/json'] as { schema: { $ref: string } }).schema.$ref;
  return ref.split('/').pop() as ComponentName;
}

describe('the sandbox conforms to the OpenAPI document', () => {
  let sandbox: CentralSandbox;

  beforeAll(async () => {
    sandbox = await startCentralSandbox({
      seedDate: '2025-03-14',
      siteId: 'centre-administratif',
    });
  });
  afterAll(() => sandbox.close());

  function request(path: string, method: string, operation: Json, token: string | null) {
    const params = (operation.parameters as Json[]).map((p) =>
      typeof p.$ref === 'string'
        ? ((document.components.parameters as Json)[p.$ref.split('/').pop()!] as Json)
        : p,
    );
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const query = new URLSearchParams();
    for (const p of params) {
      if (p.in === 'query') query.set(p.name as string, sandbox.seedDate);
      if (p.in === 'header' && p.required)
        headers[p.name as string] = `conformance-${Math.random()}`;
    }
    const body = operation.requestBody as { content: Json } | undefined;
    if (body) headers['content-type'] = 'application/json';
    const example = body && ((body.content['application/json'] as Json).example as unknown);
    const url = `${sandbox.url}${path.replace('{siteId}', sandbox.siteId)}${query.size ? `?${query}` : ''}`;
    return fetch(url, {
      method: method.toUpperCase(),
      headers,
      ...(body ? { body: JSON.stringify(example) } : {}),
    });
  }

  it('documents the three operations of the contract', () => {
    expect(operations.map((o) => o.operation.operationId).sort()).toEqual([
      'pullAppointments',
      'pushVisits',
      'reportHealth',
    ]);
  });

  it.each(operations)(
    '$method $path answers the documented example with a documented body',
    async ({ path, method, operation }) => {
      const responses = operation.responses as Record<string, Json>;
      const response = await request(path, method, operation, sandbox.token);
      expect(response.status).toBe(200);
      const name = componentOf(responses['200']!.content);
      expect(componentSchemas[name].safeParse(await response.json()).error).toBeUndefined();
      for (const header of Object.keys((responses['200']!.headers as Json | undefined) ?? {}))
        if (header !== 'Idempotent-Replayed')
          expect(response.headers.get(header), header).not.toBeNull();
    },
  );

  it.each(operations)(
    '$method $path refuses a missing token as documented',
    async ({ path, method, operation }) => {
      const responses = operation.responses as Record<string, Json>;
      const response = await request(path, method, operation, null);
      expect(response.status).toBe(401);
      expect(componentOf(responses['401']!.content)).toBe('Error');
      expect(componentSchemas.Error.safeParse(await response.json()).success).toBe(true);
    },
  );
});
