import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QualityReportData } from './quality-report-data';
import { renderQualityReport } from './quality-report-pdf';

// The day a report says it was made is the site's day, not Paris's: a town in French
// Guiana (UTC−3) that makes it at 01:30 UTC on 1 January still made it on 31 December.

const dir = mkdtempSync(join(tmpdir(), 'report-zone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const empty: QualityReportData = {
  year: 2026,
  town: 'Ville de Test',
  site: 'Guichet unique',
  timeZone: 'America/Cayenne',
  generatedAt: Date.parse('2027-01-01T01:30:00Z'),
  commitments: [],
  months: [],
  totals: {
    visits: {},
    waiting: {},
    delivery: {},
    estimates: {},
    satisfaction: {},
    complaints: {},
  },
};

async function textOf(data: QualityReportData): Promise<string> {
  const file = join(dir, `${data.timeZone.replace('/', '-')}.pdf`);
  writeFileSync(file, await renderQualityReport(data, 'fr'));
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

describe('the yearly report’s date', () => {
  it('is the site’s day in the site’s time zone', async () => {
    expect(await textOf(empty)).toContain('31 décembre 2026');
    expect(await textOf({ ...empty, timeZone: 'Europe/Paris' })).toContain('1 janvier 2027');
  });
});
