import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';

// A printer that fails at the moment of printing (its status not read again yet): the
// ticket stays valid on screen, paperless, and the front desk is alerted at once.

const world = useKioskWorld({ printerPollMs: 60_000 });

test('paper runs out just before printing: the paperless ticket stays on screen, staff alerted', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  const number = await kiosk.takeWalkInTicket('reception', 'iris');
  await expect(page.getByTestId('deliver-print')).toBeVisible();
  await world().setPrinter({ paperOut: true });
  await page.getByTestId('deliver-print').click();
  await expect(page.getByText('L’impression n’a pas fonctionné')).toBeVisible();
  await expect(page.getByTestId('paperless').getByRole('img')).toHaveAttribute(
    'aria-label',
    `Code QR de votre ticket ${number}`,
  );
  // Raised by the kiosk's failed print or by the device report it triggers, whichever
  // comes first: one alert per kiosk and kind.
  const active = async () =>
    (await world().api<{ active: { kind: string }[] }>('GET', '/api/v1/alerts')).body.active.filter(
      (alert) => alert.kind === 'printer-unavailable',
    ).length;
  await expect.poll(active).toBe(1);
  expect(
    world()
      .printedTexts()
      .some((text) => text.includes(number)),
  ).toBe(false);
  await world().setPrinter({ paperOut: false });
});
