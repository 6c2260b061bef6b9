import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  exampleAppointmentDay,
  exampleSiteHealth,
  exampleVisit,
  exampleVisitBatch,
} from './examples';
import { buildCentralOpenApi } from './openapi';
import { componentSchemas, type ComponentName } from './openapi-components';
import committed from './openapi.json';
import { createValidator } from './test-support/json-schema-subset';

type Json = Record<string, unknown>;
const built = JSON.parse(JSON.stringify(buildCentralOpenApi())) as Json;
const components = (built.components as Json).schemas as Record<ComponentName, Json>;
const validator = createValidator(components);

function walk(value: unknown, visit: (node: Json) => void): void {
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit));
  else if (value !== null && typeof value === 'object') {
    visit(value as Json);
    Object.values(value).forEach((child) => walk(child, visit));
  }
}

function pointer(doc: unknown, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

/** What zod says of the structure alone: refinements (custom issues) are not in JSON Schema. */
function zodAccepts(schema: z.ZodType, value: unknown): boolean {
  const result = schema.safeParse(value);
  return result.success || result.error.issues.every((issue) => issue.code === 'custom');
}

describe('the OpenAPI document of the central API', () => {
  it('is committed up to date (else run: npx tsx main/central/write-openapi.ts)', () => {
    expect(committed).toEqual(built);
  });

  it('is OpenAPI 3.1 with one component per zod schema', () => {
    expect(built.openapi).toBe('3.1.0');
    expect(Object.keys(components).sort()).toEqual(Object.keys(componentSchemas).sort());
  });

  it('resolves every $ref', () => {
    const refs: string[] = [];
    walk(built, (node) => {
      if (typeof node.$ref === 'string') refs.push(node.$ref);
    });
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(pointer(built, ref), ref).toBeDefined();
  });

  it('shows examples that both zod and the published schema accept', () => {
    const examples: [ComponentName, unknown][] = [];
    walk(built.paths, (node) => {
      const media = node['application/json'] as Json | undefined;
      if (media?.example === undefined) return;
      const name = ((media.schema as Json).$ref as string).split('/').pop() as ComponentName;
      examples.push([name, media.example]);
    });
    expect(examples.map(([name]) => name).sort()).toEqual([
      'AppointmentDay',
      'Error',
      'SiteHealth',
      'VisitBatch',
    ]);
    for (const [name, example] of examples) {
      expect(componentSchemas[name].safeParse(example).success, name).toBe(true);
      expect(validator.valid(components[name], example), name).toBe(true);
    }
  });
});

// Random damage to a valid message: the published schema must refuse exactly what zod
// refuses (refinements aside), which is what "the document matches the schemas" means.
const damages: unknown[] = [null, 42, 4.5, -1, '', 'x y', 'A'.repeat(300), true, [], {}];

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => paths((value as Json)[key as string], [...prefix, key])),
  ];
}

function damaged(value: unknown, path: (string | number)[], damage: unknown | 'delete'): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  if (path.length === 0) return damage === 'delete' ? undefined : damage;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key], copy);
  const last = path[path.length - 1] as string;
  if (damage === 'delete' && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (damage === 'delete') delete (parent as Json)[last];
  else (parent as Json)[last] = damage;
  return copy;
}

const samples: [ComponentName, unknown][] = [
  ['VisitBatch', exampleVisitBatch(3, 10)],
  ['VisitRecord', exampleVisit(3)],
  ['VisitRecord', { ...exampleVisit(4), personal: { visitorName: 'Mme Martin', note: 'RAS' } }],
  ['AppointmentDay', exampleAppointmentDay()],
  ['SiteHealth', exampleSiteHealth()],
  [
    'Error',
    {
      error: {
        code: 'invalid-records',
        message: 'm',
        records: [{ index: 0, visitId: null, issues: [{ path: 'id', message: 'm' }] }],
      },
    },
  ],
  [
    'VisitBatchReceipt',
    { batchId: 'b-1', accepted: 2, duplicates: ['v-1'], receivedAt: '2025-03-14T10:00:00Z' },
  ],
];

describe('the published schemas and zod agree', () => {
  it.each(samples)('on damaged %s messages', (name, sample) => {
    const schema = componentSchemas[name];
    expect(schema.safeParse(sample).success).toBe(true);
    const all = paths(sample);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.constantFrom<unknown>('delete', 'extra-key', ...damages),
        (path, damage) => {
          const target = path.reduce<unknown>((node, key) => (node as Json)[key], sample);
          const isObject = typeof target === 'object' && target !== null && !Array.isArray(target);
          if (damage === 'extra-key' && !isObject) return;
          const value =
            damage === 'extra-key'
              ? damaged(sample, [...path, 'unexpected'], 1)
              : damaged(sample, path, damage);
          expect(validator.valid(components[name], value)).toBe(zodAccepts(schema, value));
        },
      ),
      { numRuns: 400 },
    );
  });
});
