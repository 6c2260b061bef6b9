import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `shell.openExternal` with a page's data would open anything on the machine: the app
// never calls it, nor any other `shell` function (electron-store's openInEditor included).

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the Electron app', () => {
  it('never uses shell (openExternal, openPath) nor electron-store’s openInEditor', () => {
    const files = sources(join(process.cwd(), 'main/electron'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /\bopenExternal\b|\bopenPath\b|\bopenInEditor\b|\bshell\b\s*[,}]/,
      );
    }
  });
});
