import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';

// The hub out of reach: the kiosk sends visitors to the front desk, comes back on its own
// when the hub does, and a ticket request retried meanwhile never makes two tickets.

const world = useKioskWorld();

interface StateAnswer {
  state: { tickets: Record<string, { number: string; service: string }> };
}

async function ticketsOf(service: string): Promise<string[]> {
  const { body } = await world().api<StateAnswer>('GET', '/api/v1/state');
  return Object.values(body.state.tickets)
    .filter((t) => t.service === service)
    .map((t) => t.number);
}

test('hub down: "Rendez-vous à l’accueil", then back where the visitor was', async ({ kiosk }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseTicket();
  await kiosk.expectScreen('categories');
  await world().stopHub();
  await kiosk.expectScreen('hub-down', 15_000);
  await expect(kiosk.heading).toHaveText('Rendez-vous à l’accueil');
  await kiosk.expectAccessible('hub down');
  await kiosk.screenshot('fr-19-hub-down');
  await world().restartHub();
  await kiosk.expectScreen('categories', 15_000);
});

test('a ticket asked for while the hub is down is issued once when it returns', async ({
  kiosk,
  page,
}) => {
  // The hub goes down the moment the visitor taps (before the screen can change under
  // their finger): the first request is refused at the door, the retries meet no hub.
  let tapped = false;
  await page.route('**/api/v1/ticket/issue', async (route) => {
    if (tapped) return route.continue();
    tapped = true;
    await world().stopHub();
    await route.abort('connectionrefused');
  });
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseTicket();
  await kiosk.chooseCategory('reception');
  await kiosk.chooseService('iris');
  await kiosk.expectScreen('priority');
  const before = await ticketsOf('iris');
  await kiosk.page.getByTestId('priority-no').click();
  await kiosk.expectScreen('hub-down', 15_000);
  await expect(kiosk.page.getByTestId('hub-down-pending')).toBeVisible();
  await world().restartHub();
  await kiosk.expectScreen('ticket', 15_000);
  await expect(kiosk.ticketNumber).toBeVisible();
  const after = await ticketsOf('iris');
  expect(after.length).toBe(before.length + 1);
  await expect(kiosk.ticketNumber).toHaveText(after.filter((n) => !before.includes(n))[0] ?? '');
});

test('an answer lost on the way back: the retry carries the same key and gets the same ticket', async ({
  kiosk,
  page,
}) => {
  let lost = 0;
  await page.route('**/api/v1/ticket/issue', async (route) => {
    if (lost > 0) return route.continue();
    lost++;
    // The hub receives the request and issues the ticket; its answer never arrives.
    await route.fetch();
    await route.abort('connectionreset');
  });
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  const before = await ticketsOf('iris');
  const number = await kiosk.takeWalkInTicket('reception', 'iris');
  expect(lost).toBe(1);
  const after = await ticketsOf('iris');
  expect(after.length).toBe(before.length + 1);
  expect(after).toContain(number);
});
