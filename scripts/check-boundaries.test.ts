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

  it('keeps one naming scheme for stores and views in every web app', () => {
    const root = tree({
      'kiosk/stores/hub.ts': '',
      'kiosk/stores/ticket-store.ts': '',
      'renderer/display/stores/use-display-store.ts': '',
      'kiosk/screens/HomeScreen.vue': '',
      'renderer/counter/views/LoginView.vue': '',
    });
    const result = run(root);
    expect(result.output).toContain(
      'kiosk/stores/hub.ts:1: a Pinia store file is named <domain>-store.ts',
    );
    expect(result.output).toContain(
      "kiosk/screens/HomeScreen.vue:1: an app's top-level screens live in views/",
    );
    expect(result.output).not.toContain('kiosk/stores/ticket-store.ts');
    expect(result.output).not.toContain('renderer/counter/views/LoginView.vue');
  });

  it("accepts main/'s folders importing only those below them", () => {
    const root = tree({
      'main/sqlite/open-sqlite.ts': "import { z } from 'zod';\n",
      'main/config/hub-settings.ts': "import { x } from '../../shared/engine/queue';\n",
      'main/central/central-client.ts': "import { s } from '../config/central-settings';\n",
      'main/central-sandbox/store.ts': "import { openSqlite } from '../sqlite';\n",
      'main/devices/printer/print-journal.ts': "import { openSqlite } from '../../sqlite';\n",
      'main/hub/start-hub.ts': [
        "import { c } from '../central/central-client';",
        "import { s } from '../config/hub-settings';",
        "import { o } from '../sqlite/open-sqlite';",
        "import { l } from '../lifecycle/service-container';",
        "import { g } from '../http/close-gracefully';",
      ].join('\n'),
      'main/device-host/open-devices.ts': "import { p } from '../devices/printer';\n",
      'main/demo/start-demo.ts': [
        "import { h } from '../hub';",
        "import { d } from '../device-host';",
        "import { s } from '../central-sandbox/sandbox';",
        "import { w } from '../web/build-web';",
      ].join('\n'),
      'main/electron/app.ts': "import { h } from '../hub';\nimport { d } from '../device-host';\n",
      'main/cli/start.ts': "import { d } from '../demo/start-demo';\n",
    });
    expect(run(root)).toMatchObject({ ok: true });
  });

  it("refuses an import up or across main/'s layers, naming both folders", () => {
    const root = tree({
      'main/config/device-host-settings.ts': "import { p } from '../devices/printer/config';\n",
      'main/central/central-client.ts': "import { h } from '../hub/store';\n",
      'main/devices/printer/journal.ts': "import { c } from '../../central/central-client';\n",
      'main/hub/start-hub.ts': "import { d } from '../device-host/open-devices';\n",
      'main/device-host/start.ts': "import { c } from '../cli/hub';\n",
      'main/sqlite/migrate.ts': "import { c } from '../config/hub-settings';\n",
    });
    const result = run(root);
    expect(result.ok).toBe(false);
    for (const line of [
      'main/config/device-host-settings.ts:1: main/config/ may not import main/devices/printer/config: main/devices/ is above it',
      'main/central/central-client.ts:1: main/central/ may not import main/hub/store: main/hub/ is above it',
      'main/devices/printer/journal.ts:1: main/devices/ may not import main/central/central-client: main/central/ is beside it',
      'main/hub/start-hub.ts:1: main/hub/ may not import main/device-host/open-devices: main/device-host/ is above it',
      'main/device-host/start.ts:1: main/device-host/ may not import main/cli/hub: main/cli/ is above it',
      'main/sqlite/migrate.ts:1: main/sqlite/ may not import main/config/hub-settings: main/config/ is beside it',
    ])
      expect(result.output).toContain(line);
  });

  it('keeps the central sandbox on shared/ and main/sqlite/ only; its tests may use the client', () => {
    const root = tree({
      'main/central-sandbox/store.ts':
        "import { migrate } from '../hub/store/migrate';\nimport { s } from '../config/central-settings';\n",
      'main/central-sandbox/sandbox.test.ts': "import { c } from '../central/central-client';\n",
      'main/central/central-client.test.ts': "import { s } from '../central-sandbox/sandbox';\n",
      'main/hub/sync/sync.test.ts': "import { s } from '../../central-sandbox/sandbox';\n",
    });
    const result = run(root);
    expect(result.output).toContain(
      'main/central-sandbox/store.ts:1: main/central-sandbox/ may import only shared/ and main/sqlite/, not main/hub/store/migrate',
    );
    expect(result.output).toContain('main/central-sandbox/store.ts:2:');
    expect(result.output).toContain('2 boundary violation(s)');
  });

  it('refuses a folder of main/ that has no place in the layers', () => {
    const result = run(tree({ 'main/stats/report.ts': "import { h } from '../hub';\n" }));
    expect(result.output).toContain(
      "main/stats/report.ts:1: main/stats/ has no place in main/'s layers",
    );
  });

  it('keeps test fixtures out of the product, for tests and benches only', () => {
    const root = tree({
      'main/devices/printer/test-support/sample-content.ts': 'export const a = 1;\n',
      'main/devices/printer/layouts.test.ts':
        "import { a } from './test-support/sample-content';\n",
      'main/device-host/demo.ts':
        "import { a } from '../devices/printer/test-support/sample-content';\n",
      'bench/devices/printer/bench.ts':
        "import { a } from '../../../main/devices/printer/test-support/sample-content';\n",
    });
    const result = run(root);
    expect(result.output).toContain(
      'main/device-host/demo.ts:1: test fixtures stay out of the product: main/devices/printer/test-support/sample-content',
    );
    expect(result.output).toContain('1 boundary violation(s)');
  });

  it('lets bench/ import anything, and nothing in the product import bench/', () => {
    const root = tree({
      'bench/report.ts': 'export interface BenchSection { title: string }\n',
      'bench/kiosk/bench.ts': [
        "import { chromium } from '@playwright/test';",
        "import { w } from '../../e2e/support/kiosk-world';",
        "import { h } from '../../main/hub';",
        "import type { BenchSection } from '../report';",
      ].join('\n'),
      'main/hub/index.ts': "export { bench } from '../../bench/hub/bench';\n",
      'shared/engine/queue.ts': "import { b } from '../../bench/report';\n",
      'renderer/counter/use-queue.ts': "import { b } from '../../bench/report';\n",
      'bench/hub/HubBench.ts': '',
    });
    const result = run(root);
    expect(result.output).toContain(
      'main/hub/index.ts:1: main/ may import only shared/ and main/, not bench/hub/bench',
    );
    expect(result.output).toContain(
      'shared/engine/queue.ts:1: shared/ may not import bench/report',
    );
    expect(result.output).toContain(
      'renderer/counter/use-queue.ts:1: renderer/ may not import bench/report',
    );
    expect(result.output).toContain(
      'bench/hub/HubBench.ts:1: source files are named in kebab-case',
    );
    expect(result.output).toContain('4 boundary violation(s)');
  });
});
