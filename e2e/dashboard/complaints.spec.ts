import { expect, test } from '../counter/support/fixtures';
import { aroundTime, ComplaintForm, escapeRegExp, siteTime } from '../support/complaint-form';
import { DashboardPage } from './support/dashboard-page';

// A manager records a complaint from the statistics view with a real hub: the deadline it
// will get shows before it is sent; a reference that looks like a name (or holds a space)
// is refused with the hub's words beside the field, and what was typed stays; recorded,
// it is listed with its deadline, then marked answered after a confirmation. axe-core
// finds no WCAG 2.1 AA violation on the form, its refusal and the list (in French).

const dayMs = 86_400_000;
const hubRefusal = 'a register reference such as "2026/0412" (no names)';

test('a manager records a complaint, sees its deadline, and marks it answered', async ({
  browser,
  site,
}) => {
  test.setTimeout(120_000);
  const chef = await DashboardPage.open(browser, site.url, { language: 'fr' });
  await chef.signIn('chef');
  await chef.page.getByTestId('nav-statistics').click();
  const panel = chef.page.getByTestId('complaints');
  await expect(panel).toContainText('Aucune réclamation à suivre.');

  await panel.getByRole('button', { name: 'Enregistrer une réclamation' }).click();
  const dialog = chef.page.getByRole('dialog', { name: 'Nouvelle réclamation' });
  await expect(dialog).toBeVisible();
  const form = new ComplaintForm(dialog);
  await expect(form.channel).toBeFocused();
  // The town's commitment (15 days in the site's configuration) before anything is sent.
  await expect(form.answerDays).toHaveAccessibleDescription(
    /^Laissé vide\s*:\s*l’engagement de la ville, 15 jours$/u,
  );
  await expect(form.deadline).toHaveText(
    new RegExp(`^Réponse attendue au plus tard le (${aroundTime(site.now() + 15 * dayMs)})$`, 'u'),
  );
  await form.fill({ answerDays: '30' });
  await expect(form.deadline).toHaveText(
    new RegExp(`^Réponse attendue au plus tard le (${aroundTime(site.now() + 30 * dayMs)})$`, 'u'),
  );
  await form.fill({ answerDays: '0' });
  await expect(form.deadline).toHaveText(/^Indiquez un nombre entier de jours/u);
  await form.fill({ answerDays: '' });
  await chef.screenshot('complaint-form');

  // A name where the register's reference goes: the hub refuses it, nothing is lost.
  await form.fill({
    channel: 'Par courrier',
    service: 'État civil',
    category: 'Attente',
    reference: 'Mme Dupont',
  });
  await form.submit();
  await form.expectRefused(form.reference, hubRefusal);
  await expect(dialog.getByText(hubRefusal)).toBeVisible();
  await expect(form.reference).toHaveValue('Mme Dupont');
  await expect(form.channel).toHaveValue('letter');
  await expect(form.service).toHaveValue('etat-civil');
  await expect(form.category).toHaveValue('attente');
  await chef.expectAccessible('complaint form, refused (fr)');
  await chef.screenshot('complaint-form-refused');
  // A space is refused too (a reference is one word of the register).
  await form.fill({ reference: '2026 0412' });
  await form.submit();
  await form.expectRefused(form.reference, hubRefusal);
  await expect(form.reference).toHaveValue('2026 0412');
  expect((await site.admin.complaints('all')).complaints).toEqual([]);

  await form.fill({ reference: '2026/0412' });
  await form.submit();
  await expect(form.recorded).toBeVisible();
  const [complaint] = (await site.admin.complaints('all')).complaints;
  if (!complaint) throw new Error('the complaint was not recorded');
  expect(complaint).toMatchObject({
    channel: 'letter',
    service: 'etat-civil',
    category: 'attente',
    reference: '2026/0412',
    answeredAt: null,
    late: false,
  });
  expect(complaint.deadlineAt - complaint.receivedAt).toBe(15 * dayMs);
  const deadline = siteTime(complaint.deadlineAt);
  await expect(form.recorded).toHaveText(
    new RegExp(
      `^\\s*Réclamation ${complaint.id} enregistrée\\s*: réponse attendue au plus tard le ${escapeRegExp(deadline)}\\.`,
      'u',
    ),
  );
  await expect(form.recorded.getByRole('button')).toBeFocused();
  await chef.expectAccessible('complaint recorded (fr)');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();

  // Listed with its deadline, in words.
  const row = panel.getByTestId(`complaint-${complaint.id}`);
  await expect(row.getByTestId('complaint-deadline-cell')).toHaveText(deadline);
  await expect(row).toContainText('Par courrier');
  await expect(row).toContainText('État civil');
  await expect(row).toContainText('Attente');
  await expect(row.getByTestId('complaint-state')).toHaveText('À répondre');
  await chef.expectAccessible('complaints listed (fr)');
  await chef.screenshot('complaints-listed');

  // Marked answered, after saying what that means; the open list no longer has it.
  await row.getByRole('button', { name: `Marquer répondue ${complaint.id}` }).click();
  await expect(chef.dialog).toContainText(`Marquer la réclamation ${complaint.id} comme répondue`);
  await expect(chef.dialog).toContainText(/cela ne s’annule pas/u);
  await chef.confirm();
  await expect(panel).toContainText('Aucune réclamation à suivre.');
  const [answered] = (await site.admin.complaints('all')).complaints;
  expect(answered?.answeredAt).toEqual(expect.any(Number));
  await panel.getByTestId('complaints-state').selectOption('all');
  await expect(row.getByTestId('complaint-state')).toHaveText(
    `Répondue le ${siteTime(answered?.answeredAt ?? 0)}`,
  );
  await expect(row.getByRole('button', { name: /Marquer répondue/u })).toHaveCount(0);
  await chef.expectAccessible('complaints, all (fr)');
  await chef.close();
});

test('a refusal about no field shows under the form, and a second complaint keeps the channel', async ({
  browser,
  site,
}) => {
  const chef = await DashboardPage.open(browser, site.url, { language: 'fr' });
  await chef.signIn('chef');
  await chef.page.getByTestId('nav-statistics').click();
  await chef.page.getByTestId('complaint-record').click();
  const dialog = chef.page.getByRole('dialog', { name: 'Nouvelle réclamation' });
  const form = new ComplaintForm(dialog);
  // Nothing chosen: the hub names the channel and the subject, each beside its field.
  await form.submit();
  await expect(form.channel).toHaveAttribute('aria-invalid', 'true');
  await expect(form.category).toHaveAttribute('aria-invalid', 'true');
  await expect(form.channel).toBeFocused();
  await expect(form.reference).not.toHaveAttribute('aria-invalid', 'true');

  await form.fill({ channel: 'Par courriel', category: 'Accueil', answerDays: '2' });
  await form.submit();
  await expect(form.recorded).toContainText(/^\s*Réclamation R-\d{4}-0001 enregistrée/u);
  await form.recorded.getByRole('button', { name: 'Enregistrer une autre réclamation' }).click();
  await expect(form.channel).toHaveValue('email');
  await expect(form.category).toHaveValue('');
  await expect(form.answerDays).toHaveValue('');
  const [quick] = (await site.admin.complaints('all')).complaints;
  expect((quick?.deadlineAt ?? 0) - (quick?.receivedAt ?? 0)).toBe(2 * dayMs);
  // The list behind the dialog was read again.
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(chef.page.getByTestId(`complaint-${quick?.id ?? ''}`)).toBeVisible();
  await chef.close();
});
