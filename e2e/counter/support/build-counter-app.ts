import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { build } from 'vite';

/**
 * Builds the counter console the way `npx vite build` does (same plugin, same base), into
 * a fresh folder the hub then serves as its `webDir`: the tests drive the real bundle.
 * Only the counter's entry, so a half-written app elsewhere cannot break these tests.
 */
export async function buildCounterApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'accueil-counter-web-'));
  await build({
    configFile: false,
    plugins: [vue()],
    base: '/',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: true,
      rollupOptions: { input: { counter: 'renderer/counter/index.html' } },
    },
  });
  return outDir;
}
