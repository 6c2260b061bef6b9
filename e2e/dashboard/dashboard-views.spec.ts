import { expect, test } from '../site/support/site-fixtures';
import { DashboardPage, type DashboardView } from './support/dashboard-page';

// Every view, in French and English, on a desktop screen and a tablet: axe-core finds no
// WCAG 2.1 AA violation, and each is saved as a picture to look at.

const views: DashboardView[] = ['live', 'counters', 'alerts', 'fleet', 'actions'];
const screens = {
  desktop: { width: 1440, height: 1000 },
  tablet: { width: 820, height: 1180 },
} as const;

for (const language of ['fr', 'en'] as const)
  test(`every view is accessible in ${language}, on a desktop and a tablet`, async ({
    browser,
    site,
    kiosk,
  }) => {
    test.setTimeout(120_000);
    await site.admin.command('counter:open', { counterId: 'g1', agentId: 'ag1', services: [] });
    await site.admin.command('counter:open', { counterId: 'g2', agentId: 'ag2', services: [] });
    await site.admin.command('counter:pause', { counterId: 'g2', reason: 'Réunion' });
    await site.issueAtKiosk('iris');
    await site.issueAtKiosk('etat-civil', true);
    await site.serveVisit('etat-civil');
    await kiosk.start();
    await kiosk.askForHelp();

    for (const [name, viewport] of Object.entries(screens)) {
      const admin = await DashboardPage.open(browser, site.url, { viewport, language });
      await expect(admin.page.locator('html')).toHaveAttribute('lang', language);
      await admin.screenshot(`login-${language}-${name}`);
      await admin.expectAccessible(`login (${language}, ${name})`);
      await admin.signIn('admin');
      for (const view of views) {
        await admin.go(view);
        if (view === 'alerts') await expect(admin.alert('help-requested')).toBeVisible();
        if (view === 'fleet') await expect(admin.device('Borne du hall')).toBeVisible();
        await admin.screenshot(`${view}-${language}-${name}`);
        await admin.expectAccessible(`${view} view (${language}, ${name})`);
      }
      await admin.go('actions');
      await admin.page.getByTestId('waiting-tickets').getByRole('button').first().click();
      await expect(admin.dialog).toBeVisible();
      await admin.expectAccessible(`confirmation (${language}, ${name})`);
      await admin.close();
    }
  });
