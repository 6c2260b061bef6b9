import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';

const world = useKioskWorld();

interface StateAnswer {
  state: {
    tickets: Record<
      string,
      { number: string; priority: boolean; channel: string; delivery?: string }
    >;
  };
}

test('a visitor takes a printed walk-in ticket: number, people ahead and wait, the paper in French', async ({
  kiosk,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  const number = await kiosk.takeWalkInTicket('reception', 'iris');
  expect(number).toMatch(/^A\d{3}$/);
  await expect(kiosk.page.getByTestId('ticket-ahead')).toBeVisible();
  await expect(kiosk.page.getByTestId('ticket-wait')).toContainText('Attente estimée');
  // Screen readers hear it too, the number spelt out.
  await expect(kiosk.page.locator('[aria-live="polite"]')).toContainText(
    `Votre numéro est ${[...number].join(' ')}.`,
  );
  await kiosk.printTicket();
  const paper = await world().printedTicket(number);
  expect(paper).toContain('Votre numéro');
  const { body } = await world().api<StateAnswer>('GET', '/api/v1/state');
  const ticket = Object.values(body.state.tickets).find((t) => t.number === number);
  expect(ticket).toMatchObject({ channel: 'kiosk', priority: false });
  await expect
    .poll(async () => {
      const state = await world().api<StateAnswer>('GET', '/api/v1/state');
      return Object.values(state.body.state.tickets).find((t) => t.number === number)?.delivery;
    })
    .toBe('printed');
  await kiosk.finish();
});

test('missing documents get advice before the ticket; the priority answer is a flag only', async ({
  kiosk,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseTicket();
  await kiosk.chooseCategory('reception');
  await kiosk.chooseService('courrier');
  await kiosk.expectScreen('documents');
  await kiosk.continueFromDocuments();
  const advice = kiosk.page.getByTestId('documents-advice');
  await expect(advice).toContainText('Il vous manque des documents');
  await expect(advice).toContainText("Pièce d'identité");
  await kiosk.continueFromDocuments();
  await kiosk.expectScreen('priority');
  await kiosk.answerPriority(true);
  const number = (await kiosk.ticketNumber.textContent())?.trim() ?? '';
  await expect(kiosk.page.getByText('Accès prioritaire')).toBeVisible();
  const { body } = await world().api<StateAnswer>('GET', '/api/v1/state');
  const ticket = Object.values(body.state.tickets).find((t) => t.number === number);
  expect(ticket?.priority).toBe(true);
  expect(Object.keys(ticket ?? {})).not.toContain('priorityReason');
});

test('with every document ticked there is no advice; a paperless ticket shows its number and QR code', async ({
  kiosk,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseTicket();
  await kiosk.chooseCategory('reception');
  await kiosk.chooseService('courrier');
  await kiosk.tickDocument('identity');
  await kiosk.continueFromDocuments();
  await kiosk.expectScreen('priority');
  await kiosk.answerPriority(false);
  const printedBefore = world().printedTexts().length;
  await kiosk.choosePaperless();
  const qr = kiosk.page.getByTestId('paperless').getByRole('img');
  await expect(qr).toHaveAttribute('aria-label', /Code QR de votre ticket C\d{3}/);
  // The QR leads to the ticket's status page, on the hub by default, with the ticket's
  // opaque token in the fragment and nothing else; the hub's public status route knows it.
  const payload = (await qr.getAttribute('data-qr-value')) ?? '';
  const [base, token] = payload.split('/status/#t=');
  expect(base).toBe(world().hub.url);
  expect(token).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  const status = await world().api<{ number: string }>(
    'GET',
    `/api/v1/ticket-status/${token}`,
    undefined,
    '',
  );
  expect(status.body.number).toBe((await kiosk.ticketNumber.textContent())?.trim());
  expect(world().printedTexts().length).toBe(printedBefore);
  await kiosk.finish();
});

test('the status page address in the QR code starts with the public base the kiosk is given', async ({
  kiosk,
}) => {
  await kiosk.open(world().kioskUrl({ status: 'https://accueil.ville.example.fr/' }));
  await kiosk.start();
  await kiosk.takeWalkInTicket('reception', 'iris');
  await kiosk.choosePaperless();
  await expect(kiosk.page.getByTestId('paperless').getByRole('img')).toHaveAttribute(
    'data-qr-value',
    /^https:\/\/accueil\.ville\.example\.fr\/status\/#t=[A-Za-z0-9_-]{16,}$/,
  );
  await kiosk.finish();
});
