import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsAnswer } from '../../../shared/statistics/tables';
import { openDatabase } from '../store/open-database';
import { morningAt } from '../test-support/morning-clock';
import { testSiteConfig } from '../test-support/site-config';
import { startTestHub, type TestHub } from '../test-support/test-hub';
import { fillYearOfFacts } from './test-support/year-of-facts';

// The yearly report made by the hub, read back as a reader would: its text (pdftotext)
// and its pages as images (pdftoppm).

const commitments = [
  {
    kind: 'wait-within',
    label: {
      fr: '90 % des usagers reçus en moins de 15 minutes',
      en: '90 % of visitors received within 15 minutes',
    },
    minutes: 15,
    share: 0.9,
  },
  { kind: 'satisfied-share', label: { fr: '80 % d’usagers satisfaits' }, share: 0.8 },
  {
    kind: 'complaints-in-time',
    label: { fr: 'Réclamations répondues sous 15 jours' },
    share: 0.95,
  },
  { kind: 'paperless-share', label: { fr: 'Un ticket sur trois dématérialisé' }, share: 0.33 },
] as const;

let t: TestHub;
let pdf: Buffer;
let dir: string;

beforeAll(async () => {
  t = await startTestHub({
    clock: () => morningAt('2027-01-12'),
    siteConfig: {
      ...testSiteConfig,
      quality: { commitments: [...commitments], complaintAnswerDays: 15 },
    },
  });
  // A second connection to the hub's file (WAL): a year of visits, answers and complaints.
  const db = openDatabase(join(t.dir, 'hub.db'));
  fillYearOfFacts(db, 2026, 20_000);
  db.close();
  dir = t.dir;
  const response = await fetch(`${t.hub.url}/api/v1/reports/quality?year=2026`, {
    headers: { authorization: `Bearer ${t.adminToken}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  pdf = Buffer.from(await response.arrayBuffer());
  writeFileSync(join(dir, 'report.pdf'), pdf);
}, 60_000);
afterAll(async () => {
  if (process.env.KEEP_REPORT) writeFileSync(process.env.KEEP_REPORT, pdf);
  await t?.close();
});

const text = () =>
  execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });

describe('the yearly quality report', () => {
  it('states the commitments against the year’s measures, in French with its accents', async () => {
    const content = text();
    expect(content).toContain('Rapport qualité de l’accueil — 2026');
    expect(content).toContain('90 % des usagers reçus en moins de 15 minutes');
    // The measure is the statistics' own: the share of called visits within 15 minutes.
    const waiting = await t.api('GET', '/api/v1/statistics/waiting?period=year&date=2026-01-01', {
      token: t.adminToken,
    });
    const year = (waiting.body as StatisticsAnswer).rows[0];
    expect(year?.called).toBeGreaterThan(15_000);
    const db = openDatabase(join(dir, 'hub.db'));
    const { share } = db
      .prepare(
        'SELECT AVG(waited_ms <= 900000) AS share FROM visit_facts WHERE waited_ms IS NOT NULL',
      )
      .get() as { share: number };
    db.close();
    const shown = new Intl.NumberFormat('fr-FR', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(share);
    const line = content.split('\n').find((l) => l.includes('90 % des usagers reçus')) ?? '';
    // pdftotext gives the narrow no-break space of "57,5 %" back as a plain one.
    expect(line.replace(/[\u00a0\u202f]/gu, ' ')).toContain(shown.replace(/[\u00a0\u202f]/gu, ' '));
    expect(line).toMatch(/(✓ Oui|✗ Non)/u);
  });

  it('has the months, satisfaction with its answers, complaints, estimates, paper and definitions', () => {
    const content = text();
    for (const month of ['janvier', 'juin', 'décembre']) expect(content).toContain(month);
    for (const title of [
      'Mois par mois',
      'Enquête de satisfaction',
      'Réclamations',
      'Répondues dans le délai',
      'Fiabilité de l’attente annoncée',
      'Zéro papier',
      'Définitions',
      "Temps d'attente : de l'émission du ticket au premier appel",
    ])
      expect(content).toContain(title);
    expect(content).toMatch(/Réponses\s+2\s?000/u);
    expect(content).toMatch(/Page 4 sur 4/u);
  });

  it('renders every page as an image', () => {
    execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, 'report.pdf'), join(dir, 'page')]);
    const pages = readdirSync(dir).filter((name) => /^page-\d+\.png$/.test(name));
    expect(pages).toHaveLength(4);
  });

  it('is in English when asked, and refuses a bad year', async () => {
    const en = await fetch(`${t.hub.url}/api/v1/reports/quality?year=2026&language=en`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    writeFileSync(join(dir, 'report-en.pdf'), Buffer.from(await en.arrayBuffer()));
    const content = execFileSync('pdftotext', [join(dir, 'report-en.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(content).toContain('Reception quality report — 2026');
    expect(content).toContain('90 % of visitors received within 15 minutes');
    const bad = await t.api('GET', '/api/v1/reports/quality?year=26', { token: t.adminToken });
    expect(bad.status).toBe(400);
  });
});
