import { openCounter, type CounterAgent } from '../support/counter-agent';
import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';
import { surveyWords } from '../support/survey-words';

// "Donnez votre avis" on the kiosk: from the home screen, the visitor shows their
// ticket's QR code to the scanner and rates their visit; the hub's refusals (the same
// ticket twice, a comment with a phone number, too many answers from this kiosk) are
// said politely in the visitor's language. Real hub, real kiosk build, real browser.

const world = useKioskWorld();
let agent: CounterAgent;
test.beforeAll(async () => {
  agent = await openCounter(world());
});

/** A walk-in ticket called, served and finished at Guichet 1: answers its QR code's text. */
async function servedTicket(): Promise<string> {
  const issued = await world().api<{
    events: { type: string; token?: string; ticketId?: string }[];
  }>(
    'POST',
    '/api/v1/ticket/issue',
    { service: 'iris', priority: false, language: 'fr', channel: 'kiosk' },
    world().kioskToken,
  );
  const event = issued.body.events.find((e) => e.type === 'ticket:issued');
  if (!event?.token || !event.ticketId) throw new Error(`no ticket: ${JSON.stringify(issued)}`);
  await agent.call(event.ticketId);
  await agent.start(event.ticketId);
  await agent.finish(event.ticketId);
  return `${world().hub.url}/status/#t=${event.token}`;
}

const fr = surveyWords('kiosk', 'fr');

test('a visitor rates their visit from the home screen; the same ticket twice is refused', async ({
  kiosk,
  page,
}) => {
  const qr = await servedTicket();
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await page.getByTestId('choose-survey').click();
  await kiosk.expectScreen('survey');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr['survey.title'] ?? '');
  await expect(page.getByTestId('survey-scan')).toHaveText(fr['survey.scan'] ?? '');
  await kiosk.expectAccessible('survey, scan the ticket');

  // Something that is not a ticket's code.
  await kiosk.wedgeScan('ACCUEIL:RDV:NOT-A-TOKEN');
  await expect(page.getByTestId('survey-problem')).toHaveText(fr['survey.scanInvalid'] ?? '');

  await kiosk.wedgeScan(qr);
  await expect(page.getByTestId('survey-form')).toBeVisible();
  for (let rating = 1; rating <= 5; rating += 1)
    await expect(page.getByTestId(`survey-rating-${rating}`)).toContainText(
      fr[`survey.rating${rating}`] ?? '',
    );
  await expect(page.getByTestId('survey-send')).toBeDisabled();
  await page.getByTestId('survey-rating-4').click();
  await page.getByTestId('survey-comment').fill('Accueil aimable, un peu d’attente.');
  await kiosk.expectAccessible('survey, a face chosen');
  await kiosk.screenshot('survey-form');
  await page.getByTestId('survey-send').click();
  await expect(page.getByTestId('survey-thanks')).toHaveText(fr['survey.thanks'] ?? '');
  await kiosk.expectAccessible('survey, thanks');
  await kiosk.screenshot('survey-thanks');

  // The same ticket again: once per ticket.
  await page.getByTestId('survey-another').click();
  await kiosk.wedgeScan(qr);
  await page.getByTestId('survey-rating-1').click();
  await page.getByTestId('survey-send').click();
  await expect(page.getByTestId('survey-problem')).toHaveAttribute(
    'data-reason',
    'already-answered',
  );
  await expect(page.getByTestId('survey-problem')).toHaveText(
    fr['survey.refused.already-answered'] ?? '',
  );
  await expect(page.getByTestId('survey-form')).toHaveCount(0);
});

test('the ticket’s QR code on the serial scanner opens the survey for it, from the attract screen or on the survey screen', async ({
  kiosk,
  page,
}) => {
  // From the attract screen: the scanner's line goes through the device host's whitelist,
  // where a ticket's QR code is not an appointment; the kiosk opens the survey for it.
  const first = await servedTicket();
  const second = await servedTicket();
  await kiosk.open(world().kioskUrl());
  await world().scan(first);
  await kiosk.expectScreen('survey');
  await expect(page.getByTestId('survey-form')).toBeVisible();
  await page.getByTestId('survey-rating-5').click();
  await page.getByTestId('survey-send').click();
  await expect(page.getByTestId('survey-thanks')).toHaveText(fr['survey.thanks'] ?? '');

  // On the survey screen: an appointment's code is not a ticket; the next ticket is.
  await page.getByTestId('survey-another').click();
  await world().scan('ACCUEIL:RDV:A1B2C3D4E5F6G7H8J9K0MNPQRS');
  await expect(page.getByTestId('survey-problem')).toHaveText(fr['survey.scanInvalid'] ?? '');
  await expect(page.getByTestId('survey-form')).toBeHidden();
  await kiosk.expectScreen('survey');
  await world().scan(second);
  await expect(page.getByTestId('survey-form')).toBeVisible();
});

test('a comment with a phone number is refused in the visitor’s language, then sent without it', async ({
  kiosk,
  page,
}) => {
  const qr = await servedTicket();
  const es = surveyWords('kiosk', 'es');
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseLanguage('es');
  await page.getByTestId('choose-survey').click();
  await kiosk.wedgeScan(qr);
  await page.getByTestId('survey-rating-2').click();
  await page.getByTestId('survey-comment').fill('Llámenme al 06 12 34 56 78, gracias');
  await page.getByTestId('survey-send').click();
  await expect(page.getByTestId('survey-problem')).toHaveAttribute('data-reason', 'phone');
  await expect(page.getByTestId('survey-problem')).toHaveText(es['survey.refused.phone'] ?? '');
  await kiosk.expectAccessible('survey, comment refused');
  await kiosk.screenshot('survey-refused-phone-es');
  // The form stays, with the rating; the visitor removes the number.
  await page.getByTestId('survey-comment').fill('La espera fue larga');
  await page.getByTestId('survey-send').click();
  await expect(page.getByTestId('survey-thanks')).toHaveText(es['survey.thanks'] ?? '');
});

test('many answers from one kiosk in a minute: the next is asked to wait, politely', async ({
  kiosk,
  page,
}) => {
  const qr = await servedTicket();
  // Someone hammers the survey from this kiosk (its own token): 30 answers in a row.
  const codes: number[] = [];
  for (let n = 0; n < 30; n += 1) {
    const answer = await world().api(
      'POST',
      '/api/v1/survey',
      { token: `NoSuchTicket${String(n).padStart(10, '0')}`, rating: 5 },
      world().kioskToken,
    );
    codes.push(answer.status);
  }
  expect(codes.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
  const en = surveyWords('kiosk', 'en');
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseLanguage('en');
  await page.getByTestId('choose-survey').click();
  await kiosk.wedgeScan(qr);
  await page.getByTestId('survey-rating-5').click();
  await page.getByTestId('survey-send').click();
  await expect(page.getByTestId('survey-problem')).toHaveAttribute('data-reason', 'rate-limited');
  await expect(page.getByTestId('survey-problem')).toHaveText(
    en['survey.refused.rate-limited'] ?? '',
  );
  await expect(page.getByTestId('survey-form')).toBeVisible();
});
