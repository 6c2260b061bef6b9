import { expect, test } from '../counter/support/fixtures';
import { ComplaintForm, siteTime } from '../support/complaint-form';
import { DashboardPage } from './support/dashboard-page';

// Complaints as every open dashboard follows them: one recorded (on another dashboard, or
// at a counter) appears on this one without a reload, and one marked answered elsewhere
// leaves its open list; the hub's stream says which changed, each list reads itself again.
// A complaint whose deadline has passed is listed first, and says it is late in words.

const dayMs = 86_400_000;

async function complaintsOf(dashboard: DashboardPage) {
  await dashboard.page.getByTestId('nav-statistics').click();
  const panel = dashboard.page.getByTestId('complaints');
  await expect(panel).toContainText('Aucune réclamation à suivre.');
  return panel;
}

test('a complaint recorded or answered on one dashboard shows on the other at once', async ({
  browser,
  site,
  openConsole,
}) => {
  test.setTimeout(120_000);
  const recorder = await DashboardPage.open(browser, site.url, { language: 'fr' });
  await recorder.signIn('chef');
  const watcher = await DashboardPage.open(browser, site.url, { language: 'fr' });
  await watcher.signIn('chef');
  const mine = await complaintsOf(recorder);
  const theirs = await complaintsOf(watcher);

  await mine.getByRole('button', { name: 'Enregistrer une réclamation' }).click();
  const dialog = recorder.page.getByRole('dialog', { name: 'Nouvelle réclamation' });
  const form = new ComplaintForm(dialog);
  await form.fill({ channel: 'Par téléphone', service: 'État civil', category: 'Attente' });
  await form.submit();
  await expect(form.recorded).toBeVisible();
  const [complaint] = (await site.admin.complaints('all')).complaints;
  if (!complaint) throw new Error('the complaint was not recorded');

  // The other dashboard never touched anything: its list follows the hub's notice.
  const row = theirs.getByTestId(`complaint-${complaint.id}`);
  await expect(row).toContainText('Par téléphone');
  await expect(row).toContainText('État civil');
  await expect(row.getByTestId('complaint-state')).toHaveText('À répondre');
  await expect(row.getByTestId('complaint-deadline-cell')).toHaveText(
    siteTime(complaint.deadlineAt),
  );

  // An agent records one at the desk: both dashboards list it.
  const agent = await openConsole();
  await agent.startSession('ag1', 'Guichet 1');
  await agent.press('e');
  const desk = new ComplaintForm(agent.dialog('Enregistrer une réclamation'));
  await desk.fill({ category: 'Accueil' });
  await desk.submit();
  await expect(desk.recorded).toBeVisible();
  const atDesk = (await site.admin.complaints('all')).complaints.find(
    (c) => c.channel === 'counter',
  );
  if (!atDesk) throw new Error('the desk complaint was not recorded');
  await expect(theirs.getByTestId(`complaint-${atDesk.id}`)).toContainText('Au guichet');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(mine.getByTestId(`complaint-${atDesk.id}`)).toContainText('Au guichet');

  // Marked answered on the first dashboard: the second one's open list lets it go.
  await mine
    .getByTestId(`complaint-${complaint.id}`)
    .getByRole('button', { name: `Marquer répondue ${complaint.id}` })
    .click();
  await recorder.confirm();
  await expect(mine.getByTestId(`complaint-${complaint.id}`)).toHaveCount(0);
  await expect(row).toHaveCount(0);
  await expect(theirs.getByTestId(`complaint-${atDesk.id}`)).toBeVisible();
  // Showing all of them, it is there, answered.
  await theirs.getByTestId('complaints-state').selectOption('all');
  const answered = (await site.admin.complaints('all')).complaints.find(
    (c) => c.id === complaint.id,
  );
  await expect(row.getByTestId('complaint-state')).toHaveText(
    `Répondue le ${siteTime(answered?.answeredAt ?? 0)}`,
  );
  await watcher.expectAccessible('complaints updated live (fr)');
  await recorder.close();
  await watcher.close();
});

test('a complaint past its deadline is listed first, late in words', async ({ browser, site }) => {
  const late = await site.admin.recordComplaint({
    channel: 'letter',
    category: 'attente',
    answerDays: 1,
  });
  const onTime = await site.admin.recordComplaint({
    channel: 'email',
    category: 'accueil',
    answerDays: 30,
  });
  // Two days on (the hub's clock): the first is a day past its deadline.
  site.advanceClock(2 * dayMs);

  const chef = await DashboardPage.open(browser, site.url, { language: 'fr' });
  await chef.signIn('chef');
  await chef.page.getByTestId('nav-statistics').click();
  const panel = chef.page.getByTestId('complaints');
  const rows = panel.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-testid', `complaint-${late.id}`);
  await expect(rows.first().getByTestId('complaint-state')).toHaveText(
    'En retard : échéance dépassée',
  );
  await expect(rows.first().getByTestId('complaint-deadline-cell')).toHaveText(
    siteTime(late.deadlineAt),
  );
  await expect(
    panel.getByTestId(`complaint-${onTime.id}`).getByTestId('complaint-state'),
  ).toHaveText('À répondre');
  await expect(panel.getByTestId('complaints-late')).toHaveText('1 en retard');
  await chef.expectAccessible('a late complaint listed (fr)');
  await chef.screenshot('complaints-late');

  // Answered, it is late no more: the count goes with it.
  await rows
    .first()
    .getByRole('button', { name: `Marquer répondue ${late.id}` })
    .click();
  await chef.confirm();
  await expect(panel.getByTestId(`complaint-${late.id}`)).toHaveCount(0);
  await expect(panel.getByTestId('complaints-late')).toHaveCount(0);
  await chef.close();
});
