import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';

// Paper or paperless: when the printer is out of paper or offline, the paperless ticket
// is the only one offered and the front desk sees a printer alert through the hub.

const world = useKioskWorld();

interface AlertsAnswer {
  active: { kind: string; detail?: string }[];
  devices: { statuses: { kind: string; state: string }[] }[];
}

async function activeAlerts() {
  return (await world().api<AlertsAnswer>('GET', '/api/v1/alerts')).body.active.map((a) => a.kind);
}

test('paper out: the ticket is paperless only, and staff are alerted', async ({ kiosk, page }) => {
  await world().setPrinter({ paperOut: true });
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.takeWalkInTicket('reception', 'iris');
  await expect(page.getByTestId('printer-down')).toContainText(
    'L’imprimante ne fonctionne pas pour le moment',
  );
  await expect(page.getByTestId('deliver-print')).toHaveCount(0);
  await expect(page.getByTestId('paperless').getByRole('img')).toBeVisible();
  await expect.poll(activeAlerts).toContain('printer-unavailable');
  await kiosk.finish();

  await world().setPrinter({ paperOut: false });
  await expect.poll(activeAlerts).not.toContain('printer-unavailable');
  await kiosk.start();
  await kiosk.takeWalkInTicket('reception', 'iris');
  await expect(page.getByTestId('deliver-print')).toBeVisible();
});

test('printer offline: the same, and the ticket counts as paperless in the day report', async ({
  kiosk,
  page,
}) => {
  await world().setPrinter({ offline: true });
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  const number = await kiosk.takeWalkInTicket('reception', 'iris');
  await expect(page.getByTestId('printer-down')).toBeVisible();
  await expect.poll(activeAlerts).toContain('printer-unavailable');
  const report = async () =>
    (await world().api<{ delivery?: { paperless: number } }>('GET', '/api/v1/reports/day')).body
      .delivery?.paperless ?? 0;
  await expect.poll(report).toBeGreaterThan(0);
  expect(number).toMatch(/^A\d{3}$/);
  await world().setPrinter({ offline: false });
});
