import { openCounter, type CounterAgent } from '../support/counter-agent';
import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';
import { openPhone } from '../support/status-page';
import { surveyWords } from '../support/survey-words';

// "Donnez votre avis" on the visitor's phone, under their finished ticket (opened from the
// ticket's QR code): once per ticket; a comment with an e-mail address is refused
// politely in the phone's language and can be corrected.

const world = useKioskWorld();
let agent: CounterAgent;
test.beforeAll(async () => {
  agent = await openCounter(world());
});

async function ticket(): Promise<{ id: string; url: string }> {
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
  return { id: event.ticketId, url: `${world().hub.url}/status/#t=${event.token}` };
}

test('the survey appears once the visit is over; one answer per ticket', async ({ browser }) => {
  const fr = surveyWords('status', 'fr');
  const { id, url } = await ticket();
  const phone = await openPhone(browser);
  await phone.open(url);
  await expect(phone.state).toHaveText('En attente');
  await expect(phone.page.getByTestId('survey')).toHaveCount(0);

  await agent.call(id);
  await agent.start(id);
  await agent.finish(id);
  await phone.nextPoll();
  const survey = phone.page.getByTestId('survey');
  await expect(survey.getByRole('heading')).toHaveText(fr['survey.title'] ?? '');
  await phone.page.getByTestId('survey-rating-5').click();
  await phone.page.getByTestId('survey-comment').fill('Très bien reçue, merci');
  await phone.expectAccessible('status page, survey');
  await phone.screenshot('fr-survey');
  await phone.page.getByTestId('survey-send').click();
  await expect(phone.page.getByTestId('survey-thanks')).toHaveText(fr['survey.thanks'] ?? '');
  await phone.expectAccessible('status page, survey answered');
  await phone.screenshot('fr-survey-thanks');

  // The QR code scanned again later: the page offers the survey, the hub says once.
  await phone.page.reload();
  await phone.page.getByTestId('survey-rating-3').click();
  await phone.page.getByTestId('survey-send').click();
  const problem = phone.page.getByTestId('survey-problem');
  await expect(problem).toHaveAttribute('data-reason', 'already-answered');
  await expect(problem).toHaveText(fr['survey.refused.already-answered'] ?? '');
  await expect(phone.page.getByTestId('survey-form')).toHaveCount(0);
  await phone.close();
});

test('a comment with an e-mail address is refused in the phone’s language (Arabic)', async ({
  browser,
}) => {
  const ar = surveyWords('status', 'ar');
  const { id, url } = await ticket();
  await agent.call(id);
  await agent.start(id);
  await agent.finish(id);
  const phone = await openPhone(browser, 'ar-MA');
  await phone.open(url);
  await expect(phone.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await phone.page.getByTestId('survey-rating-2').click();
  await phone.page.getByTestId('survey-comment').fill('اتصلوا بي: karim.b@example.fr');
  await phone.page.getByTestId('survey-send').click();
  const problem = phone.page.getByTestId('survey-problem');
  await expect(problem).toHaveAttribute('data-reason', 'email');
  await expect(problem).toHaveText(ar['survey.refused.email'] ?? '');
  await phone.expectAccessible('status page, survey comment refused (ar)');
  await phone.screenshot('ar-survey-refused');
  await phone.page.getByTestId('survey-comment').fill('الانتظار كان طويلاً');
  await phone.page.getByTestId('survey-send').click();
  await expect(phone.page.getByTestId('survey-thanks')).toHaveText(ar['survey.thanks'] ?? '');
  await phone.close();
});
