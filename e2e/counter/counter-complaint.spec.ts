import { ComplaintForm, escapeRegExp, siteTime } from '../support/complaint-form';
import { checkScreen, expect, test } from './support/fixtures';

// An agent records the complaint a visitor makes at the desk, with the form the
// dashboard uses: "at the counter" already chosen, the hub's refusal beside the field,
// the deadline the town committed to once recorded; no name anywhere. Its key, E, opens
// the form again, and the help lists it.

test('an agent records a visitor’s complaint at the desk', async ({ openConsole, site }) => {
  const agent = await openConsole();
  await agent.startSession('ag1', 'Guichet 1');
  const button = agent.page.getByRole('button', { name: 'Réclamation E', exact: true });
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'E');
  await button.click();
  const dialog = agent.dialog('Enregistrer une réclamation');
  const form = new ComplaintForm(dialog);
  await expect(form.channel).toHaveValue('counter');
  await expect(form.deadline).toHaveText(/^Réponse attendue au plus tard le \p{L}+ \d{1,2} /u);
  await form.fill({ service: 'Information', category: 'Attente', reference: 'Jean Martin' });
  await form.submit();
  await form.expectRefused(form.reference, 'a register reference such as "2026/0412" (no names)');
  await expect(form.reference).toHaveValue('Jean Martin');
  await checkScreen(agent.page, 'dialog-complaint-refused');

  await form.fill({ reference: '' });
  await form.submit();
  await expect(form.recorded).toBeVisible();
  const [complaint] = (await site.admin.complaints('all')).complaints;
  expect(complaint).toMatchObject({
    channel: 'counter',
    service: 'iris',
    category: 'attente',
    reference: null,
  });
  await expect(form.recorded).toContainText(
    new RegExp(
      `Réclamation ${complaint?.id ?? ''} enregistrée\\s*: réponse attendue au plus tard le ${escapeRegExp(siteTime(complaint?.deadlineAt ?? 0))}`,
      'u',
    ),
  );
  await checkScreen(agent.page, 'dialog-complaint-recorded');
  await agent.press('Escape');
  await expect(dialog).toBeHidden();
  await agent.press('e');
  await expect(form.channel).toHaveValue('counter');
  await expect(form.channel).toBeFocused();
  await agent.press('Escape');
  // The help lists the key with the others.
  await agent.press('h');
  await expect(agent.page.getByTestId('shortcuts').getByRole('row', { name: /^E\s/u })).toHaveText(
    /^E\s*Enregistrer la réclamation d’un visiteur$/u,
  );
  await agent.press('Escape');
});
