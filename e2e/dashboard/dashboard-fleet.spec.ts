import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '../site/support/site-fixtures';
import { DashboardPage } from './support/dashboard-page';

// A floor manager (not an administrator) sees every device in service: the kiosk's app
// version (said at its hello on the event stream), its address and its last contact; no
// revoke button (admins only); accessible in French and English.
const { version } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'),
) as { version: string };

for (const language of ['fr', 'en'] as const)
  test(`a manager sees the kiosk's version, address and last contact (${language})`, async ({
    browser,
    site,
    kiosk,
  }) => {
    await kiosk.start();
    const chef = await DashboardPage.open(browser, site.url, { language });
    await chef.signIn('chef');
    await chef.go('fleet');
    const row = chef.device('Borne du hall');
    await expect(row).toContainText(version);
    await expect(row).toContainText('127.0.0.1');
    await expect(row.getByTestId('last-contact')).toContainText(
      language === 'fr' ? /il y a/u : /ago/u,
    );
    await expect(row).toContainText(language === 'fr' ? 'Connecté' : 'Connected');
    const headings = chef.page.getByTestId('fleet').locator('thead th');
    await expect(headings).toHaveText(
      language === 'fr'
        ? ['Appareil', 'Dernier contact', 'Périphériques', 'Version de l’application', 'Adresse']
        : ['Device', 'Last contact', 'Peripherals', 'App version', 'Address'],
    );
    await expect(chef.page.getByRole('button', { name: /Révoquer|Revoke/u })).toHaveCount(0);
    await chef.screenshot(`fleet-manager-${language}`);
    await chef.expectAccessible(`fleet for a manager (${language})`);
    await chef.close();
  });
