import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';

const world = useKioskWorld();

test('the attract screen greets visitors with the town’s logo and name, in its colours', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  const brand = page.getByTestId('brand');
  await expect(brand).toHaveText("Ville d'Issy-les-Moulineaux");
  await expect(brand.locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(page.getByTestId('start')).toHaveCSS('background-color', 'rgb(31, 78, 140)');
  await kiosk.expectAccessible('the branded attract screen');
});
