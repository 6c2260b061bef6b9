import { readFileSync } from 'node:fs';
import { expect, test } from '../site/support/site-fixtures';
import { DashboardPage } from './support/dashboard-page';

// The statistics view with a real hub: a visit served today shows in the month's visits
// table and chart, by counter too; the waiting table; the CSV in the French spreadsheet form (BOM,
// semicolons) downloaded with the manager's session; the complaints panel; axe-core finds
// no WCAG 2.1 AA violation in French or English.

test('the statistics view counts today’s visit, draws it, and exports it as a French CSV', async ({
  browser,
  site,
}) => {
  test.setTimeout(120_000);
  await site.issueAtKiosk('etat-civil', true);
  await site.serveVisit('etat-civil');

  const admin = await DashboardPage.open(browser, site.url, { language: 'fr' });
  await admin.signIn('admin');
  await admin.page.getByTestId('nav-statistics').click();
  const view = admin.page.locator('[data-view="statistics"]');
  await expect(view).toBeVisible();
  const table = admin.page.getByTestId('statistics-table-visits').first();
  // One visit served, in the "all" row (its words: the catalog's "Ensemble").
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr th')).toHaveText('Ensemble');
  await expect(table.locator('tbody tr td').nth(0)).toHaveText(/^[1-9]\d*$/u);
  await expect(admin.page.getByTestId('statistics-chart').first().locator('svg')).toBeVisible();
  await expect(admin.page.getByTestId('complaints')).toBeVisible();
  // By counter: the visit was served at Guichet 3; Guichet 1 served nobody.
  const served = await table.locator('tbody tr td').nth(0).textContent();
  const counter = admin.page.getByTestId('statistics-counter');
  await counter.selectOption({ label: 'Guichet 3' });
  await expect(table.locator('tbody tr td').nth(0)).toHaveText(served ?? '');
  await counter.selectOption({ label: 'Guichet 1' });
  await expect(view.getByText('Aucune donnée pour cette période.')).toBeVisible();
  await counter.selectOption({ label: 'Tous' });
  await expect(table.locator('tbody tr td').nth(0)).toHaveText(served ?? '');
  await admin.expectAccessible('statistics (fr)');
  await admin.screenshot('statistics-fr');

  const [download] = await Promise.all([
    admin.page.waitForEvent('download'),
    admin.page.getByTestId('csv-fr').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^visits-\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/u);
  const bytes = readFileSync((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, first] = bytes.subarray(3).toString('utf8').split(/\r?\n/u);
  expect(header?.split(';').length).toBeGreaterThan(5);
  expect(first?.split(';')[0]).toBeTruthy();

  // Another table: the waits, with their chart.
  await admin.page.getByTestId('statistics-table').selectOption('waiting');
  await expect(admin.page.getByTestId('statistics-table-waiting').first()).toBeVisible();
  await admin.page.getByTestId('statistics-compare').check();
  await expect(admin.page.getByTestId('statistics-previous')).toBeVisible();
  await admin.expectAccessible('statistics, waiting compared (fr)');
  await admin.screenshot('statistics-waiting-fr');
  await admin.close();

  const english = await DashboardPage.open(browser, site.url, { language: 'en' });
  await english.signIn('admin');
  await english.page.getByTestId('nav-statistics').click();
  await expect(english.page.getByTestId('statistics-table-visits').first()).toBeVisible();
  await english.page.getByTestId('statistics-table').selectOption('arrivals');
  await expect(english.page.getByTestId('statistics-table-arrivals').first()).toBeVisible();
  await english.expectAccessible('statistics, arrivals (en)');
  await english.screenshot('statistics-arrivals-en');
  await english.close();
});
