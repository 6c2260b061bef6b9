import { checkScreen, expect, test } from './support/fixtures';

test.describe('the actions on the visitor at the desk', () => {
  test('call next, recall up to the limit (then no-show), start, finish with an outcome, no-show', async ({
    openConsole,
    site,
  }) => {
    for (let i = 0; i < 3; i += 1) await site.issueAtKiosk('iris');
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');
    await expect(agent.page.getByTestId('queue-count')).toHaveText('3 tickets');

    await agent.act('callNext');
    await expect(agent.currentNumber).toHaveText('A001');
    await expect(agent.current).toContainText('Appelé');
    await expect(agent.page.getByTestId('queue-count')).toHaveText('2 tickets');
    await expect(agent.page.locator('[aria-live="polite"]')).toHaveText('Ticket A001 au guichet');
    // The time at the desk runs live.
    await expect(agent.page.getByTestId('current-at-counter')).not.toHaveText('0 s');
    await checkScreen(agent.page, 'console-called');

    await agent.act('recall');
    await expect(agent.action('recall')).toContainText('Rappeler (1/2)');
    await agent.act('recall');
    await expect(agent.action('recall')).toContainText('limite atteinte, marquer absent');
    await agent.act('recall'); // past the limit: the visitor is marked as a no-show
    await expect(agent.currentNumber).toBeHidden();
    await expect(agent.current).toContainText('Personne au guichet');

    await agent.act('callNext');
    await expect(agent.currentNumber).toHaveText('A002');
    await agent.act('start');
    await expect(agent.current).toContainText('En cours');
    await agent.act('finish');
    const finish = agent.dialog(/Terminer la visite A002/);
    await expect(finish).toContainText('Les visiteurs peuvent demander à lire les notes');
    await checkScreen(agent.page, 'dialog-finish');
    await finish.getByRole('radio', { name: 'Dossier incomplet' }).check();
    await finish.getByLabel('Note (facultative)').fill('Justificatif de domicile manquant.');
    await finish.getByRole('button', { name: 'Terminer', exact: true }).click();
    await expect(finish).toBeHidden();
    await expect(agent.currentNumber).toBeHidden();

    await agent.act('callNext');
    await expect(agent.currentNumber).toHaveText('A003');
    await agent.act('noShow');
    await expect(agent.currentNumber).toBeHidden();
    await expect(agent.action('callNext')).toBeDisabled();
    await expect(agent.page.getByTestId('actions-hint')).toHaveText(
      'Personne n’attend pour ce guichet.',
    );

    const figures = agent.page.getByTestId('my-figures');
    await expect(figures.getByTestId('figures-served')).toHaveText('1');
    await expect(figures).toContainText('Absents2');
    await expect(figures).toContainText('Dossier incomplet : 1');

    const { state } = (await site.admin.state()).state ? await site.admin.state() : { state: null };
    const tickets = Object.values(state?.tickets ?? {});
    expect(tickets.map((t) => [t.number, t.state, t.closeReason ?? t.outcome])).toEqual([
      ['A001', 'no-show', 'recall-limit'],
      ['A002', 'done', 'incomplete-file'],
      ['A003', 'no-show', 'no-show'],
    ]);
    expect(tickets[1]?.note).toBe('Justificatif de domicile manquant.');
  });

  test('pause with a reason, resume, and call a chosen ticket from the queue', async ({
    openConsole,
    site,
  }) => {
    await site.issueAtKiosk('iris');
    await site.issueAtKiosk('etat-civil');
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');

    await agent.act('pause');
    const pause = agent.dialog('Mettre le guichet en pause');
    await pause.getByRole('radio', { name: 'Autre motif' }).check();
    await pause.getByLabel('Motif', { exact: true }).fill('Accueil d’un groupe scolaire');
    await checkScreen(agent.page, 'dialog-pause');
    await pause.getByRole('button', { name: 'Mettre en pause' }).click();
    await expect(pause).toBeHidden();
    await expect(agent.current).toContainText('Guichet en pause : Accueil d’un groupe scolaire');
    await expect(agent.action('callNext')).toBeDisabled();
    await expect(agent.page.getByTestId('actions-hint')).toHaveText(
      'Guichet en pause : reprenez pour appeler.',
    );
    await expect(agent.queueRow('E001').getByRole('button')).toBeDisabled();
    expect((await site.admin.state()).state.counters.g1).toMatchObject({
      status: 'paused',
      pauseReason: 'Accueil d’un groupe scolaire',
    });

    await agent.act('resume');
    await expect(agent.current).not.toContainText('Guichet en pause');
    await agent.queueRow('E001').getByRole('button', { name: 'Appeler le ticket E001' }).click();
    await expect(agent.currentNumber).toHaveText('E001');
    await expect(agent.queueRow('A001')).toBeVisible();
  });

  test('every action has one key, shown on its button; keys stay in fields and dialogs; the help lists them', async ({
    openConsole,
    site,
  }) => {
    await site.issueAtKiosk('iris');
    await site.issueAtKiosk('iris');
    await site.issueAtKiosk('iris');
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');
    await expect(agent.action('callNext')).toHaveAttribute('aria-keyshortcuts', 'S');
    await expect(agent.action('callNext').locator('kbd')).toHaveText('S');

    await agent.press('s');
    await expect(agent.currentNumber).toHaveText('A001');
    await agent.press('r');
    await expect(agent.action('recall')).toContainText('(1/2)');
    await agent.press('c');
    await expect(agent.current).toContainText('En cours');

    await agent.press('f');
    const finish = agent.dialog(/Terminer la visite A001/);
    await expect(finish).toBeVisible();
    // Letters typed in the note are the note's, not the console's.
    await finish
      .getByLabel('Note (facultative)')
      .pressSequentially('Renseignements sur les horaires');
    await expect(finish.getByLabel('Note (facultative)')).toHaveValue(
      'Renseignements sur les horaires',
    );
    await expect(agent.currentNumber).toHaveText('A001');
    await finish.getByRole('button', { name: 'Terminer', exact: true }).click();
    await expect(agent.currentNumber).toBeHidden();

    await agent.press('h');
    const help = agent.dialog('Raccourcis clavier');
    await expect(help.getByTestId('shortcuts').locator('tbody tr')).toHaveCount(13);
    await expect(help).toContainText('Appeler le suivant');
    await checkScreen(agent.page, 'dialog-help');
    await agent.press('s'); // a dialog is open: nothing is called
    await agent.press('Escape');
    await expect(help).toBeHidden();
    await expect(agent.currentNumber).toBeHidden();

    // L goes to the queue; Enter calls the ticket whose button has the focus.
    await agent.press('l');
    await expect(agent.queueRow('A002').getByRole('button')).toBeFocused();
    await agent.press('Tab');
    await expect(agent.queueRow('A003').getByRole('button')).toBeFocused();
    await agent.press('Enter');
    await expect(agent.currentNumber).toHaveText('A003');

    await agent.press('a');
    await expect(agent.currentNumber).toBeHidden();
    await agent.press('p');
    const pause = agent.dialog('Mettre le guichet en pause');
    await pause.getByRole('radio', { name: 'Réunion' }).check();
    await pause.getByRole('button', { name: 'Mettre en pause' }).click();
    await expect(agent.action('resume')).toBeVisible();
    await agent.press('p');
    await expect(agent.action('pause')).toBeVisible();
  });

  test('the queue flags priority, appointments and waits past target; the desk shows the appointment and the name to the serving agent only', async ({
    openConsole,
    site,
  }) => {
    const late = await site.issueAtKiosk('iris');
    site.advanceClock(11 * 60_000); // A001 has now waited past the 10 min target
    await site.issueAtKiosk('iris', true);
    const appointment = await site.appointmentCheckedIn({
      id: 'rdv-1',
      service: 'cni',
      bookingCode: 'ABCD23',
      antsNumber: 'AB12CD34EF',
      visitorName: 'Camille Martin',
    });
    const agent = await openConsole();
    await agent.startSession('ag2', 'Guichet 2');

    await expect(agent.queueRow(late.number)).toContainText('Objectif dépassé');
    await expect(agent.queueRow(late.number).getByText('⚠')).toBeVisible();
    await expect(agent.queueRow('A002')).toContainText('Prioritaire');
    await expect(agent.queueRow('A002')).not.toContainText('Objectif dépassé');
    await expect(agent.queueRow(appointment.number)).toContainText(/RDV \d\d:\d\d/);
    await checkScreen(agent.page, 'console-queue-flags');

    await agent.queueRow(appointment.number).getByRole('button').click();
    await expect(agent.currentNumber).toHaveText(appointment.number);
    await expect(agent.page.getByTestId('visitor-name')).toHaveText('Camille Martin');
    await expect(agent.page.getByTestId('current-ants')).toHaveText('AB12CD34EF');
    await expect(agent.current).toContainText('ABCD23');
    await expect(agent.current).toContainText('Numéro de pré-demande ANTS');
    await expect(agent.current).toContainText("Photo d'identité");
    await checkScreen(agent.page, 'console-appointment');

    // Another agent never gets the name, even by asking the hub.
    const other = await site.admin.login({ agentId: 'ag1', password: 'mot de passe de ag1' });
    const response = await fetch(`${site.url}/api/v1/tickets/${appointment.ticketId}/visitor`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(response.status).toBe(403);

    // Once the visit is over the name is gone from the console.
    await agent.finish('Dossier déposé');
    await expect(agent.page.getByText('Camille Martin')).toHaveCount(0);
  });
});
