import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'check-boundaries.mjs');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function run(root: string): { ok: boolean; output: string } {
  try {
    return {
      ok: true,
      output: execFileSync('node', [script, root], { encoding: 'utf8', stdio: 'pipe' }),
    };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string };
    return { ok: false, output: failure.stdout + failure.stderr };
  }
}

describe('check-boundaries', () => {
  it('accepts a tree that keeps the layer rules', () => {
    const root = tree({
      'shared/engine/queue.ts': "import { z } from 'zod';\nexport const a = z.string();\n",
      'main/hub/server.ts':
        "import { a } from '../../shared/engine/queue';\nimport { readFileSync } from 'node:fs';\n",
      'main/electron/app.ts': "import { app } from 'electron';\n",
      'kiosk/views/HomeView.vue':
        '<script setup lang="ts">import { x } from \'../../renderer/common/ui\';</script>\n',
    });
    expect(run(root)).toMatchObject({ ok: true });
  });

  it('refuses Node built-ins and outside imports in shared/', () => {
    const root = tree({
      'shared/engine/queue.ts':
        "import { readFileSync } from 'node:fs';\nimport { x } from '../../main/hub/store';\n",
    });
    const result = run(root);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('shared/engine/queue.ts:1: shared/ stays pure');
    expect(result.output).toContain(
      'shared/engine/queue.ts:2: shared/ may not import main/hub/store',
    );
  });

  it('refuses electron outside main/electron/ and main/ from the web apps', () => {
    const root = tree({
      'main/hub/server.ts': "import { app } from 'electron';\n",
      'renderer/counter/use-queue.ts': "import { x } from '../../main/hub/store';\n",
      'kiosk/use-ticket.ts': "import { y } from '../renderer/counter/use-queue';\n",
    });
    const result = run(root);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'main/hub/server.ts:1: only main/electron/ may import electron',
    );
    expect(result.output).toContain(
      'renderer/counter/use-queue.ts:1: renderer/ may not import main/hub/store',
    );
    expect(result.output).toContain(
      'kiosk/use-ticket.ts:1: kiosk/ may not import renderer/counter/use-queue',
    );
  });

  it('refuses badly named files', () => {
    const root = tree({ 'main/hub/HubServer.ts': '', 'kiosk/views/home-view.vue': '' });
    const result = run(root);
    expect(result.output).toContain(
      'main/hub/HubServer.ts:1: source files are named in kebab-case',
    );
    expect(result.output).toContain(
      'kiosk/views/home-view.vue:1: Vue components are named in PascalCase',
    );
  });
});
