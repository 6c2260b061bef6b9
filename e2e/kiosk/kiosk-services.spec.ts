import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';
import { bookingUrl } from '../support/kiosk-site';

// Services that give no walk-in ticket now say why, and where booking is possible offer
// its page as a QR code; the kiosk's e-services and its help button.

const world = useKioskWorld();

test('an appointment-only service explains it and shows the booking page as a QR code', async ({
  kiosk,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseTicket();
  await kiosk.chooseCategory('papers');
  await expect(kiosk.page.getByTestId('service-cni')).toContainText('Sur rendez-vous uniquement');
  await kiosk.chooseService('cni');
  await kiosk.expectScreen('unavailable');
  await expect(kiosk.heading).toHaveText(
    "Carte d'identité et passeport reçoit uniquement sur rendez-vous",
  );
  await expect(kiosk.page.getByTestId('booking-qr')).toHaveAttribute('data-qr-value', bookingUrl);
});

test('a closed service says it is closed', async ({ kiosk }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseTicket();
  await kiosk.chooseCategory('reception');
  await expect(kiosk.page.getByTestId('service-urbanisme')).toContainText('Fermé en ce moment');
  await kiosk.chooseService('urbanisme');
  await kiosk.expectScreen('unavailable');
  await expect(kiosk.heading).toHaveText('Urbanisme est fermé en ce moment');
});

test('a service past its cut-off says tickets stopped before closing', async ({ kiosk }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseTicket();
  await kiosk.chooseCategory('reception');
  await kiosk.chooseService('logement');
  await kiosk.expectScreen('unavailable');
  await expect(kiosk.heading).toHaveText('Logement ne délivre plus de tickets aujourd’hui');
  await expect(kiosk.page.getByTestId('unavailable-why')).toContainText(
    'Les tickets s’arrêtent avant la fermeture',
  );
});

test('a service full for the day says so once its last ticket is gone', async ({ kiosk }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.takeWalkInTicket('reception', 'ccas');
  await kiosk.choosePaperless();
  await kiosk.finish();
  await kiosk.start();
  await kiosk.chooseTicket();
  await kiosk.chooseCategory('reception');
  await expect(kiosk.page.getByTestId('service-ccas')).toContainText('Complet aujourd’hui');
  await kiosk.chooseService('ccas');
  await expect(kiosk.heading).toHaveText(
    'CCAS – Action sociale a distribué tous ses tickets du jour',
  );
});

test('e-services without a locked browser (web mode) continue on a phone through a QR code', async ({
  kiosk,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseEServices();
  await kiosk.page.getByTestId('portal-service-public').click();
  await expect(
    kiosk.page.getByText('Continuez sur votre téléphone : scannez ce code.'),
  ).toBeVisible();
  await expect(kiosk.page.getByTestId('portal-qr')).toHaveAttribute(
    'data-qr-value',
    'https://www.service-public.fr/',
  );
});

test('"Besoin d’aide" alerts the front desk, naming this kiosk', async ({ kiosk }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.askForHelp();
  await expect(kiosk.page.getByTestId('help-sent')).toBeVisible();
  const alerts = await world().api<{
    active: { kind: string; source: { label: string } | null }[];
  }>('GET', '/api/v1/alerts');
  expect(alerts.body.active).toContainEqual(
    expect.objectContaining({
      kind: 'help-requested',
      source: expect.objectContaining({ label: 'Borne du hall' }),
    }),
  );
});
