import type { z } from 'zod';

// Cross-field checks of a site configuration: unique codes and ids, and every reference
// (category, service) pointing at something that exists. Each issue has the path at fault.

interface Shape {
  languages: string[];
  categories: { code: string }[];
  services: { code: string; prefix: string; category: string }[];
  counters: { id: string; services: string[] }[];
  agents: { id: string; services: string[] }[];
  outcomes: { code: string }[];
  receiptTemplates: { id: string; services: string[] }[];
}

function duplicates(
  ctx: z.RefinementCtx,
  items: readonly { key: string }[],
  path: string,
  field: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key)) {
      ctx.addIssue({
        code: 'custom',
        path: [path, index, field],
        message: `"${item.key}" is used twice; each ${field} must be unique`,
      });
    }
    seen.add(item.key);
  });
}

export function checkReferences(config: Shape, ctx: z.RefinementCtx): void {
  duplicates(
    ctx,
    config.categories.map((c) => ({ key: c.code })),
    'categories',
    'code',
  );
  duplicates(
    ctx,
    config.services.map((s) => ({ key: s.code })),
    'services',
    'code',
  );
  duplicates(
    ctx,
    config.services.map((s) => ({ key: s.prefix })),
    'services',
    'prefix',
  );
  duplicates(
    ctx,
    config.counters.map((c) => ({ key: c.id })),
    'counters',
    'id',
  );
  duplicates(
    ctx,
    config.agents.map((a) => ({ key: a.id })),
    'agents',
    'id',
  );
  duplicates(
    ctx,
    config.outcomes.map((o) => ({ key: o.code })),
    'outcomes',
    'code',
  );
  duplicates(
    ctx,
    config.receiptTemplates.map((t) => ({ key: t.id })),
    'receiptTemplates',
    'id',
  );
  duplicates(
    ctx,
    config.languages.map((l) => ({ key: l })),
    'languages',
    'language',
  );

  const categories = new Set(config.categories.map((c) => c.code));
  config.services.forEach((service, index) => {
    if (!categories.has(service.category)) {
      ctx.addIssue({
        code: 'custom',
        path: ['services', index, 'category'],
        message: `unknown category "${service.category}"; add it to "categories" first`,
      });
    }
  });

  const services = new Set(config.services.map((s) => s.code));
  for (const list of ['counters', 'agents', 'receiptTemplates'] as const) {
    config[list].forEach((item, index) => {
      item.services.forEach((code, position) => {
        if (!services.has(code)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'services', position],
            message: `unknown service "${code}"; add it to "services" first`,
          });
        }
      });
    });
  }
}
