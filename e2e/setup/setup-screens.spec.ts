import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { fingerprintOf, startSetupWorld, type SetupWorld } from './setup-world';

// The Electron app's setup and admin screens, built and served by a real hub over HTTPS,
// driving the app's real handlers through a bridge that forwards like the preload: IT
// compares the hub's certificate, pins the site's CA, enrols the device with a one-time
// code; a corrupt configuration says where it was kept; the admin screen opens with the
// PIN only. Every screen has no axe violation in French and English, and is saved.

const screenshots = resolve(import.meta.dirname, '../../.test-results/screenshots/setup');
let world: SetupWorld;

test.use({ viewport: { width: 1100, height: 900 }, ignoreHTTPSErrors: true });
test.beforeAll(async () => {
  world = await startSetupWorld();
  mkdirSync(screenshots, { recursive: true });
});
test.afterAll(async () => {
  await world?.close();
});

async function openSetup(page: Page) {
  await world.exposeBridge(page);
  await page.goto(`${world.hubUrl}/setup/`);
}

async function check(page: Page, name: string) {
  await expectNoAxeViolations(page, `${name} (fr)`);
  await page.screenshot({ path: join(screenshots, `fr-${name}.png`), fullPage: true });
  await page
    .getByRole('group', { name: 'Langue de l’écran' })
    .getByRole('radio', { name: 'English' })
    .check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, `${name} (en)`);
  await page.screenshot({ path: join(screenshots, `en-${name}.png`), fullPage: true });
  await page
    .getByRole('group', { name: 'Screen language' })
    .getByRole('radio', { name: 'Français' })
    .check();
}

test('a first setup: IT compares the fingerprint, pins the site CA and enrols a kiosk', async ({
  page,
}) => {
  world.startApp();
  await openSetup(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Installation de l’appareil');
  await expect(
    page.getByText('Cet appareil n’est pas encore installé.', { exact: false }),
  ).toBeVisible();
  await page.getByTestId('hub-url').fill(world.hubUrl);
  await page.getByTestId('read-hub').click();

  const check0 = page.getByTestId('certificate-check');
  await expect(check0).toBeVisible();
  // The very fingerprints openssl would print for the hub's chain, server first.
  await expect(page.getByTestId('fingerprint-text-0')).toHaveText(fingerprintOf(world.certs.hub));
  await expect(page.getByTestId('fingerprint-text-1')).toHaveText(
    fingerprintOf(world.certs.siteCa),
  );
  const trust = page.getByRole('button', { name: 'Faire confiance à ce certificat' });
  await expect(trust).toBeDisabled();
  await check(page, 'certificate-check');

  await page.getByTestId('fingerprint-1').check();
  await expect(trust).toBeDisabled(); // not before IT says they compared it
  await page.getByTestId('compared').check();
  await trust.click();
  await expect(page.getByTestId('hub-ready')).toContainText(`Hub joint : ${world.hubUrl}`);

  const code = await world.enrolmentCode('kiosk', 'Borne du hall');
  await page.getByRole('radio', { name: /Borne d’accueil/ }).check();
  await page.getByTestId('enrol-code').fill(code);
  await page.getByTestId('admin-pin').fill('482913');
  await page.getByTestId('admin-pin-again').fill('482914');
  await expect(page.getByText('Les deux codes PIN ne sont pas identiques.')).toBeVisible();
  const submit = page.getByRole('button', { name: 'Enrôler cet appareil' });
  await expect(submit).toBeDisabled();
  await page.getByTestId('admin-pin-again').fill('482913');
  await check(page, 'enrol-form');
  await submit.click();

  await expect(page.getByTestId('enrolled')).toContainText(
    '« Borne du hall », en tant que Borne d’accueil',
  );
  await check(page, 'enrolled');
  const saved = world.config().config;
  expect(saved).toMatchObject({
    mode: 'kiosk',
    hub: { url: world.hubUrl, fingerprint: fingerprintOf(world.certs.siteCa) },
    enrolment: { label: 'Borne du hall' },
  });
  // The token saved opens the kiosk's session on the hub.
  const me = await world.api('GET', '/api/v1/auth/me', undefined, saved?.deviceToken);
  expect(me).toMatchObject({ status: 200, body: { role: 'kiosk' } });
  await page.getByTestId('restart').click();
  await expect.poll(() => world.restarts).toBe(1);
});

test('a code spent already is refused, in words, with the hub’s reason for IT', async ({
  page,
}) => {
  rmConfig();
  world.startApp();
  const code = await world.enrolmentCode('display', 'Écran salle');
  await world.api('POST', '/api/v1/devices/enrol', { code });
  await openSetup(page);
  await page.getByTestId('hub-url').fill(world.hubUrl);
  await page.getByTestId('read-hub').click();
  await page.getByTestId('fingerprint-1').check();
  await page.getByTestId('compared').check();
  await page.getByRole('button', { name: 'Faire confiance à ce certificat' }).click();
  await page.getByRole('radio', { name: /Écran de salle d’attente/ }).check();
  await page.getByTestId('enrol-code').fill(code);
  await page.getByTestId('admin-pin').fill('482913');
  await page.getByTestId('admin-pin-again').fill('482913');
  await page.getByRole('button', { name: 'Enrôler cet appareil' }).click();
  const error = page.getByTestId('error');
  await expect(error).toHaveAttribute('data-code', 'code-refused');
  await expect(error).toContainText('Le hub a refusé ce code d’enrôlement');
  await expect(error).toContainText('already used');
  await check(page, 'code-refused');
  expect(world.config().config).toBeNull();
});

function rmConfig() {
  const file = join(world.deviceDir, 'device.json');
  if (existsSync(file)) writeFileSync(file, '{}');
}

test('a corrupt configuration file is kept aside and the setup says where', async ({ page }) => {
  mkdirSync(world.deviceDir, { recursive: true });
  writeFileSync(join(world.deviceDir, 'device.json'), '{"version": 2, "mode": "kio');
  const load = world.startApp();
  expect(load).toMatchObject({ kind: 'setup', reason: 'corrupt' });
  await openSetup(page);
  const notice = page.getByTestId('config-problem');
  await expect(notice).toHaveAttribute('data-reason', 'corrupt');
  await expect(notice).toContainText('Le fichier de configuration de cet appareil était illisible');
  const kept = readdirSync(world.deviceDir).find((name) => name.startsWith('device.json.corrupt-'));
  expect(kept).toBeDefined();
  await expect(notice).toContainText(join(world.deviceDir, kept ?? ''));
  await expect(page.getByTestId('hub-step')).toBeVisible();
  await check(page, 'corrupt-config');
});

test('the admin screen opens with the PIN only, then shows the device and its logs', async ({
  page,
}) => {
  await world.saveConfig('kiosk', '482913');
  world.startApp();
  await openSetup(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration de l’appareil');
  await expect(page.getByTestId('admin-lock')).toBeVisible();
  await check(page, 'admin-lock');
  await page.getByTestId('unlock-pin').fill('000000');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByTestId('error')).toHaveAttribute('data-code', 'wrong-pin');
  await expect(page.getByTestId('admin-panel')).toHaveCount(0);

  await page.getByTestId('unlock-pin').fill('482913');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByTestId('admin-panel')).toBeVisible();
  await expect(page.getByTestId('overview-mode')).toHaveText('Borne d’accueil');
  await expect(page.getByTestId('overview-hub')).toHaveText(world.hubUrl);
  await page.getByTestId('test-print').click();
  await expect(page.getByTestId('error')).toHaveAttribute('data-code', 'no-printer');
  await page.getByTestId('show-logs').click();
  await expect(page.getByTestId('logs')).toContainText('Accueil starting in kiosk mode');
  await check(page, 'admin-panel');
  await page.getByTestId('admin-close').click();
  await expect.poll(() => world.backs).toBe(1);
  await expect(page.getByTestId('admin-lock')).toBeVisible();
});
