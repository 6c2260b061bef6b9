import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoSiteConfigInput } from '../../shared/demo/demo-site';
import { readSiteConfigFile } from './site-config-file';
import { describeProblems } from './validated-json-file';

const dir = mkdtempSync(join(tmpdir(), 'accueil-brand-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

function write(name: string, brand: unknown): { file: string; text: string } {
  const file = join(dir, name);
  const text = JSON.stringify({ ...demoSiteConfigInput, brand }, null, 2);
  writeFileSync(file, text);
  return { file, text };
}

describe('the brand section of the site configuration file', () => {
  it('is read with the rest of the file', () => {
    const { file } = write('good.json', demoSiteConfigInput.brand);
    const reading = readSiteConfigFile(file);
    expect(reading.ok && reading.value.brand?.colors).toEqual({
      primary: '#1f4e8c',
      accent: '#b3261e',
    });
  });

  it('refuses a colour pair under WCAG AA at its line, naming the pair and its ratio', () => {
    const { file, text } = write('contrast.json', {
      name: 'Ville de Testeville',
      colors: { primary: '#1f4e8c', accent: '#ff9900' },
    });
    const reading = readSiteConfigFile(file);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(describeProblems(file, reading.problems)).toBe(
      `${file}:${lineOf(text, '"#ff9900"')}:17: brand.colors.accent: #ffffff text on #ff9900 has a contrast of 2.14:1, under the 4.5:1 WCAG 2.1 AA asks for text: choose a darker accent colour`,
    );
  });

  it('refuses a logo with a script or an outside reference, at its line', () => {
    const { file, text } = write('logo.json', {
      logoSvg: '<svg><image href="https://x.example/p.png" onload="steal()"/></svg>',
    });
    const reading = readSiteConfigFile(file);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [
        lineOf(text, '"logoSvg"'),
        'brand.logoSvg',
        'refused logo: it has an event handler attribute (on…=)',
      ],
      [
        lineOf(text, '"logoSvg"'),
        'brand.logoSvg',
        'refused logo: it links to something outside itself (only href="#id" is allowed)',
      ],
    ]);
  });
});
