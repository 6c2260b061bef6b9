import { openCounter, type CounterAgent } from '../support/counter-agent';
import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';
import { openPhone } from '../support/status-page';

// A visitor follows their ticket on their phone: the QR code the kiosk shows opens the
// public status page, which follows the ticket as a counter calls and serves it; in the
// phone's language; a clear word when the ticket is unknown or the hub out of reach.

const world = useKioskWorld();
let agent: CounterAgent;
test.beforeAll(async () => {
  agent = await openCounter(world());
});

interface TicketStatusAnswer {
  ticketId: string;
}

async function ticketIdOf(token: string): Promise<string> {
  const answer = await world().api<TicketStatusAnswer>(
    'GET',
    `/api/v1/ticket-status/${token}`,
    undefined,
    '',
  );
  return answer.body.ticketId;
}

/** A walk-in ticket issued as the kiosk issues it; answers its number and QR token. */
async function issueTicket(language = 'fr'): Promise<{ number: string; token: string }> {
  const answer = await world().api<{ events: { type: string; number?: string; token?: string }[] }>(
    'POST',
    '/api/v1/ticket/issue',
    { service: 'iris', priority: false, language, channel: 'kiosk' },
    world().kioskToken,
  );
  const issued = answer.body.events.find((e) => e.type === 'ticket:issued');
  if (!issued?.number || !issued.token) throw new Error(`no ticket: ${JSON.stringify(answer)}`);
  return { number: issued.number, token: issued.token };
}

const statusUrl = (token: string) => `${world().hub.url}/status/#t=${token}`;

test('the kiosk’s QR code opens the ticket on a phone, which follows it to the counter', async ({
  kiosk,
  page,
  browser,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  const number = await kiosk.takeWalkInTicket('reception', 'iris');
  await kiosk.choosePaperless();
  const qr = await page.getByTestId('paperless').locator('svg').getAttribute('data-qr-value');
  expect(qr).toMatch(new RegExp(`^${world().hub.url}/status/#t=[A-Za-z0-9_-]{16,}$`));
  const token = qr?.split('#t=')[1] ?? '';

  const phone = await openPhone(browser);
  await phone.open(qr ?? '');
  await expect(phone.number).toHaveText(number);
  await expect(phone.state).toHaveText('En attente');
  await expect(phone.ahead).toHaveText(/personne|bientôt/);
  await expect(phone.wait).toHaveText(/^Attente estimée : /);
  await expect(phone.page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(phone.page).toHaveTitle(`${number} · Suivi de votre ticket`);
  await phone.expectAccessible('status page, waiting');
  await phone.screenshot('fr-waiting');

  const ticketId = await ticketIdOf(token);
  await agent.call(ticketId);
  await phone.nextPoll();
  await expect(phone.state).toHaveText('C’est votre tour !');
  await expect(phone.counter).toHaveText('Guichet 1');
  await expect(phone.page).toHaveTitle(`${number} · C’est votre tour !`);
  await phone.expectAccessible('status page, called');
  await phone.screenshot('fr-called');

  await agent.start(ticketId);
  await agent.finish(ticketId);
  await phone.nextPoll();
  await expect(phone.state).toHaveText('Votre visite est terminée. Merci de votre venue !');
  await expect(phone.page.getByTestId('status-refresh')).toHaveCount(0);
  await phone.expectAccessible('status page, done');
  await phone.close();
});

test('the page speaks the phone’s language: Arabic right to left, Ukrainian', async ({
  browser,
}) => {
  for (const [locale, code, waiting] of [
    ['ar-MA', 'ar', 'في الانتظار'],
    ['uk-UA', 'uk', 'Очікування'],
    ['de-DE', 'fr', 'En attente'],
  ] as const) {
    const { number, token } = await issueTicket();
    const phone = await openPhone(browser, locale);
    await phone.open(statusUrl(token));
    await expect(phone.number).toHaveText(number);
    await expect(phone.state).toHaveText(waiting);
    await expect(phone.page.locator('html')).toHaveAttribute('lang', code);
    await expect(phone.page.locator('html')).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr');
    await phone.expectAccessible(`status page in ${code}`);
    if (code !== 'fr') await phone.screenshot(`${code}-waiting`);
    // The visitor can pick another language on the page itself.
    await phone.page.getByTestId('status-language').selectOption('en');
    await expect(phone.state).toHaveText('Waiting');
    await phone.close();
  }
});

test('an unknown ticket, and a page without one, say what to do', async ({ browser }) => {
  const phone = await openPhone(browser);
  await phone.open(statusUrl('UnknownToken0123456789'));
  await expect(phone.problem).toHaveAttribute('data-problem', 'unknown');
  await expect(phone.problem).toContainText('Ticket introuvable');
  await expect(phone.problem).toContainText('adressez-vous à l’accueil');
  await phone.expectAccessible('status page, unknown ticket');
  await phone.screenshot('fr-unknown');

  await phone.open(`${world().hub.url}/status/`);
  await expect(phone.problem).toHaveAttribute('data-problem', 'no-token');
  await expect(phone.problem).toContainText('Scannez le code QR');
  await phone.expectAccessible('status page, no ticket');
  await phone.close();
});

test('while the hub is out of reach, the last state stays, dated, and the page recovers', async ({
  browser,
}) => {
  const { number, token } = await issueTicket();
  const phone = await openPhone(browser);
  await phone.open(statusUrl(token));
  await expect(phone.state).toHaveText('En attente');

  await world().stopHub();
  try {
    await phone.nextPoll();
    await expect(phone.problem).toHaveAttribute('data-problem', 'unreachable');
    await expect(phone.problem).toContainText('Pas de connexion avec l’accueil');
    await expect(phone.problem).toContainText(/Dernière information, reçue à \d\d:\d\d/);
    await expect(phone.number).toHaveText(number);
    await phone.expectAccessible('status page, hub unreachable');
    await phone.screenshot('fr-unreachable');
  } finally {
    await world().restartHub();
  }
  // The first retry comes 5 s after the failure.
  await phone.nextPoll(5_000);
  await expect(phone.problem).toHaveCount(0);
  await expect(phone.state).toHaveText('En attente');
  await phone.close();
});
