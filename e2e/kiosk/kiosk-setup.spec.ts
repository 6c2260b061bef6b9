import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';

// How a kiosk page gets its configuration: from its address once (then out of sight),
// kept for a reload of the same window; without it, or with a revoked token, IT is told.

const world = useKioskWorld();

test('the tokens leave the address bar at once, and a reload keeps working', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  expect(page.url()).not.toContain('token');
  expect(page.url()).not.toContain('#');
  await page.reload();
  await kiosk.expectScreen('attract');
  await kiosk.start();
  await kiosk.chooseAppointment();
  // The device host is still reached after the reload: the scanner says it is ready.
  await expect(page.getByText('Présentez le code QR de votre convocation')).toBeVisible();
});

test('a page opened without a token says how to set the kiosk up', async ({ kiosk, page }) => {
  await page.goto(`${world().hub.url}/kiosk/`);
  await kiosk.expectScreen('setup');
  await expect(kiosk.heading).toHaveText('Borne non configurée');
  await kiosk.expectAccessible('setup');
});

test('a device host link off loopback is refused, with the reason shown', async ({
  kiosk,
  page,
}) => {
  await page.goto(
    `${world().hub.url}/kiosk/#token=${world().kioskToken}&devices=${encodeURIComponent('http://192.168.1.20:9000')}&deviceToken=abcdefghijklmnopqrstuvwxyz`,
  );
  await kiosk.expectScreen('setup');
  await expect(page.getByText(/loopback/)).toBeVisible();
});

test('a revoked kiosk stops serving visitors and asks to be enrolled again', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  const devices = await world().api<{ devices: { id: string; label: string }[] }>(
    'GET',
    '/api/v1/devices',
  );
  const kioskDevice = devices.body.devices.find((d) => d.label === 'Borne du hall');
  expect(kioskDevice).toBeDefined();
  await world().api('POST', `/api/v1/devices/${kioskDevice?.id}/revoke`);
  await kiosk.expectScreen('setup');
  await expect(page.getByText('Le jeton de cette borne a été refusé par le serveur')).toBeVisible();
});
