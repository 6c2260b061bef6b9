import { expect, test } from '../counter/support/fixtures';
import { aroundTime, ComplaintForm, escapeRegExp, siteTime } from '../support/complaint-form';
import { DashboardPage } from './support/dashboard-page';

// The complaint form of a dashboard switched to English: its labels and the town's
// commitment, the deadline written as the English dashboard writes instants, the hub's
// refusal under the field at fault (in the hub's words, introduced in English), the
// recorded complaint and its row in the list. axe-core finds no WCAG 2.1 AA violation.

const dayMs = 86_400_000;
const hubRefusal = 'a register reference such as "2026/0412" (no names)';

test('a manager records a complaint in English', async ({ browser, site }) => {
  test.setTimeout(90_000);
  const chef = await DashboardPage.open(browser, site.url, { language: 'en' });
  await chef.signIn('chef');
  await chef.page.getByTestId('nav-statistics').click();
  const panel = chef.page.getByTestId('complaints');
  await expect(panel.getByRole('heading', { name: 'Complaints' })).toBeVisible();
  await expect(panel).toContainText('No complaint to follow.');

  await panel.getByRole('button', { name: 'Record a complaint' }).click();
  const dialog = chef.page.getByRole('dialog', { name: 'New complaint' });
  const form = new ComplaintForm(dialog, 'en');
  await expect(form.channel).toBeFocused();
  await expect(dialog).toContainText('No name or contact details here');
  await expect(form.answerDays).toHaveAccessibleDescription(
    /^Left empty: the town’s commitment, 15 days$/u,
  );
  await expect(form.deadline).toHaveText(
    new RegExp(`^Answer due by (${aroundTime(site.now() + 15 * dayMs, 'en')})$`, 'u'),
  );
  await form.fill({ answerDays: '1' });
  await expect(form.deadline).toHaveText(
    new RegExp(`^Answer due by (${aroundTime(site.now() + dayMs, 'en')})$`, 'u'),
  );
  await form.fill({ answerDays: '400' });
  await expect(form.deadline).toHaveText(
    'Give a whole number of days, 1 to 365, to see the deadline.',
  );
  await form.fill({ answerDays: '' });
  await expect(dialog.getByRole('option', { name: 'By e-mail' })).toBeAttached();

  // A name where the register's reference goes: refused under that field, kept as typed.
  await form.fill({
    channel: 'By letter',
    service: 'Civil status',
    category: 'Waiting',
    reference: 'Mrs Smith',
  });
  await form.submit();
  await form.expectRefused(form.reference, `Refused by the hub: ${hubRefusal}`);
  await expect(form.channel).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.reference).toHaveValue('Mrs Smith');
  await expect(form.service).toHaveValue('etat-civil');
  await chef.expectAccessible('complaint form, refused (en)');
  await chef.screenshot('complaint-form-refused-en');

  await form.fill({ reference: '2026/0412' });
  await form.submit();
  await expect(form.recorded).toBeVisible();
  const [complaint] = (await site.admin.complaints('all')).complaints;
  if (!complaint) throw new Error('the complaint was not recorded');
  const deadline = siteTime(complaint.deadlineAt, 'en');
  await expect(form.recorded).toHaveText(
    new RegExp(
      `^\\s*Complaint ${complaint.id} recorded: answer due by ${escapeRegExp(deadline)}\\.\\s*Record another complaint\\s*$`,
      'u',
    ),
  );
  await chef.expectAccessible('complaint recorded (en)');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const row = panel.getByTestId(`complaint-${complaint.id}`);
  await expect(row.getByTestId('complaint-deadline-cell')).toHaveText(deadline);
  await expect(row).toContainText('By letter');
  await expect(row).toContainText('Civil status');
  await expect(row).toContainText('Waiting');
  await expect(row.getByTestId('complaint-state')).toHaveText('To answer');
  await expect(row.getByRole('button', { name: `Mark answered ${complaint.id}` })).toBeVisible();
  await chef.expectAccessible('complaints listed (en)');
  await chef.close();
});
