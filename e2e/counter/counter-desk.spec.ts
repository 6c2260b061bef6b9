import { checkScreen, expect, test } from './support/fixtures';

test.describe('at the desk, with the counter’s receipt printer', () => {
  test.use({ siteOptions: { devices: true } });

  test('a ticket for a visitor at the counter is printed; one for a phone call is read out', async ({
    openConsole,
    site,
  }) => {
    const printer = site.devices!.virtualPrinter!;
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');
    await expect(agent.page.getByTestId('printer-status')).toHaveText(/Imprimante : prête/);

    await agent.press('n');
    const issue = agent.dialog('Nouveau ticket');
    await expect(issue.getByRole('checkbox', { name: 'Imprimer le ticket' })).toBeChecked();
    await checkScreen(agent.page, 'dialog-issue');
    await issue.getByRole('button', { name: 'Créer le ticket' }).click();
    await expect(issue.getByTestId('issued')).toContainText('Ticket créé : A001');
    await expect(issue.getByTestId('print-result')).toHaveText(/Imprimé/);
    const paper = await printer.waitForJob();
    expect(paper.text).toContain('A001');
    expect(paper.text).toContain('Information');
    expect(paper.text).toContain('Ville de Testeville');
    expect(paper.text).not.toContain('ag1');

    await issue.getByRole('button', { name: 'Un autre ticket' }).click();
    await issue.getByRole('combobox', { name: 'Service' }).selectOption({ label: 'État civil' });
    await issue.getByRole('radio', { name: 'au téléphone' }).check();
    await issue.getByRole('checkbox', { name: /Prioritaire/ }).check();
    await issue.getByRole('button', { name: 'Créer le ticket' }).click();
    await expect(issue.getByTestId('issued')).toContainText(
      'Communiquez ce numéro au visiteur : E001',
    );
    await agent.press('Escape');
    await expect(issue).toBeHidden();
    await expect(agent.queueRow('E001')).toContainText('Prioritaire');
    await expect(agent.queueRow('A001')).toBeVisible();

    const { state } = await site.admin.state();
    const tickets = Object.values(state.tickets);
    expect(tickets.map((t) => [t.number, t.channel, t.priority])).toEqual([
      ['A001', 'counter', false],
      ['E001', 'phone', true],
    ]);
    await expect
      .poll(async () => (await site.admin.state()).state.tickets[tickets[0]!.id]?.delivery)
      .toBe('printed');
    expect(printer.jobs.size).toBe(1);
  });

  test('a récépissé from a template names the counter and the reference, never the agent; a reprint is a duplicate', async ({
    openConsole,
    site,
  }) => {
    const printer = site.devices!.virtualPrinter!;
    const appointment = await site.appointmentCheckedIn({
      id: 'rdv-cni',
      service: 'cni',
      bookingCode: 'XYZ789',
      antsNumber: 'ZX98CV76BN',
      visitorName: 'Dominique Petit',
    });
    const agent = await openConsole();
    await agent.startSession('ag2', 'Guichet 2');
    await agent.act('callNext');
    await expect(agent.currentNumber).toHaveText(appointment.number);

    await agent.press('i');
    const receipt = agent.dialog('Imprimer un récépissé');
    await expect(receipt.getByRole('combobox', { name: 'Modèle' })).toHaveValue(
      'cni-passport-deposit',
    );
    await expect(receipt.getByRole('textbox', { name: 'Référence du dossier' })).toHaveValue(
      'ZX98CV76BN',
    );
    // A bad reference is named before anything prints.
    const reference = receipt.getByRole('textbox', { name: 'Référence du dossier' });
    await reference.fill('x');
    await expect(receipt.getByTestId('receipt-problems')).toContainText('Référence : 3 à 40');
    await expect(receipt.getByRole('button', { name: 'Imprimer le récépissé' })).toBeDisabled();
    await checkScreen(agent.page, 'dialog-receipt-problem');
    await reference.fill('ZX98CV76BN');
    await receipt.getByRole('checkbox', { name: 'Timbre fiscal' }).uncheck();
    await receipt.getByRole('textbox', { name: /Autres pièces/ }).fill('Acte de naissance');
    await expect(receipt.getByTestId('receipt-problems')).toHaveCount(0);
    await checkScreen(agent.page, 'dialog-receipt');
    await receipt.getByRole('button', { name: 'Imprimer le récépissé' }).click();
    await expect(receipt.getByTestId('print-result')).toHaveText(/Imprimé/);
    const paper = await printer.waitForJob();
    for (const expected of [
      'Ville de Testeville',
      'ZX98CV76BN',
      'Acte de naissance',
      'Guichet 2',
      'Photo d',
    ])
      expect(paper.text).toContain(expected);
    for (const absent of ['ag2', 'Dominique', 'Timbre fiscal', 'DUPLICATA'])
      expect(paper.text).not.toContain(absent);
    await receipt.getByRole('button', { name: 'Fermer' }).click();

    await agent.press('d');
    const reprint = agent.dialog('Réimprimer');
    await reprint.getByRole('radio', { name: 'Un récépissé imprimé ici' }).check();
    await expect(reprint.getByRole('radio', { name: /Récépissé ZX98CV76BN/ })).toBeChecked();
    await reprint.getByRole('radio', { name: 'Impression illisible' }).check();
    await checkScreen(agent.page, 'dialog-reprint-receipt');
    await reprint.getByRole('button', { name: 'Réimprimer (duplicata)' }).click();
    await expect(reprint.getByTestId('print-result')).toHaveText(/Imprimé/);
    const duplicate = await printer.waitForJob();
    expect(duplicate.text).toContain('DUPLICATA');
    expect(duplicate.text).toContain('ZX98CV76BN');
  });

  test('a visitor who lost their kiosk ticket gets a duplicata by its number, and the reprint is logged', async ({
    openConsole,
    site,
  }) => {
    const printer = site.devices!.virtualPrinter!;
    await site.issueAtKiosk('iris');
    const lost = await site.issueAtKiosk('iris');
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');

    await agent.press('d');
    const reprint = agent.dialog('Réimprimer');
    await expect(reprint.getByRole('radio', { name: /Le ticket d’un visiteur/ })).toBeChecked();
    const number = reprint.getByRole('textbox', { name: 'Numéro du ticket' });
    await number.fill('z999');
    await expect(reprint.getByTestId('reprint-found')).toHaveText(
      'Aucun ticket en file ne porte le numéro « z999 ».',
    );
    const submit = reprint.getByRole('button', { name: 'Réimprimer le ticket (duplicata)' });
    await expect(submit).toBeDisabled();
    // As the visitor reads it out: "A 2".
    await number.fill('a2');
    await expect(reprint.getByTestId('reprint-found')).toHaveText(
      'Ticket A002 · Information · En attente',
    );
    await expect(reprint.getByRole('radio', { name: 'Perdu par le visiteur' })).toBeChecked();
    await checkScreen(agent.page, 'dialog-reprint');
    await submit.click();
    await expect(reprint.getByTestId('print-result')).toHaveText(/Imprimé/);
    const paper = await printer.waitForJob();
    for (const expected of ['DUPLICATA', 'A002', 'Information', 'Ville de Testeville'])
      expect(paper.text).toContain(expected);
    expect(paper.text).not.toContain('ag1');

    // The hub logged it: an event in the day's log, a count in the day's report.
    const events = site.hub.context.authority.eventsAfter(0, 1000).map((e) => e.event);
    expect(events.filter((e) => e.type === 'ticket:reprinted')).toEqual([
      expect.objectContaining({
        ticketId: lost.ticketId,
        counterId: 'g1',
        agentId: 'ag1',
        reason: 'Perdu par le visiteur',
      }),
    ]);
    expect((await site.admin.dayReport()).reprints).toBe(1);

    // A ticket that has left the queue is not offered for a reprint (the hub refuses it too).
    await agent.press('Escape');
    await site.admin.command('ticket:cancel', { ticketId: lost.ticketId });
    await agent.press('d');
    await reprint.getByRole('textbox', { name: 'Numéro du ticket' }).fill('A002');
    await expect(reprint.getByTestId('reprint-found')).toContainText('Aucun ticket en file');
    expect(printer.jobs.size).toBe(1);
  });

  test('the printer’s state shows at the desk and reaches the hub; out of paper, staff are alerted and printing stops with the reason', async ({
    openConsole,
    site,
  }) => {
    const printer = site.devices!.virtualPrinter!;
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');
    await expect(agent.page.getByTestId('printer-status')).toHaveText(/prête/);

    // The console tells the hub (the counter is the source: no device token here).
    await expect
      .poll(async () => (await site.admin.alerts()).devices.map((d) => d.deviceId))
      .toEqual(['counter:g1']);
    const colleague = await openConsole({ devices: false });
    await colleague.startSession('ag2', 'Guichet 2');

    await printer.setCondition({ paperOut: true });
    await expect(agent.page.getByTestId('printer-status')).toHaveText(
      /Imprimante : plus de papier/,
    );
    // Every member of staff sees the counter's printer is down, named by the counter.
    await expect(colleague.page.getByTestId('alerts')).toContainText(
      'Imprimante hors service — Guichet 1',
    );
    await expect(agent.page.getByTestId('alerts')).toContainText('Guichet 1');
    await checkScreen(agent.page, 'console-paper-out');
    await agent.press('i');
    const receipt = agent.dialog('Imprimer un récépissé');
    await expect(receipt.getByTestId('printer-problem')).toHaveText(
      'L’imprimante ne peut pas imprimer maintenant : plus de papier.',
    );
    await expect(receipt.getByRole('button', { name: 'Imprimer le récépissé' })).toBeDisabled();
    await receipt.getByRole('button', { name: 'Fermer' }).click();

    await printer.setCondition({ paperOut: false });
    await expect(agent.page.getByTestId('printer-status')).toHaveText(/prête/);
    await expect(colleague.page.getByTestId('alerts')).toBeHidden();
    const { devices } = await site.admin.alerts();
    expect(devices[0]).toMatchObject({ deviceId: 'counter:g1', label: 'Guichet 1' });
    expect(devices[0]?.statuses[0]).toMatchObject({ kind: 'printer', state: 'ready' });
  });

  test('in a plain browser with no device host, printing says it is unavailable and tickets go paperless', async ({
    openConsole,
    site,
  }) => {
    const agent = await openConsole({ devices: false });
    await agent.startSession('ag1', 'Guichet 1');
    await expect(agent.page.getByTestId('printer-status')).toHaveText(/Imprimante : indisponible/);
    await expect(agent.page.getByTestId('print-unavailable')).toContainText(
      'Impression indisponible',
    );
    await agent.press('n');
    const issue = agent.dialog('Nouveau ticket');
    await expect(issue.getByRole('checkbox', { name: /Impression indisponible/ })).toBeDisabled();
    await issue.getByRole('button', { name: 'Créer le ticket' }).click();
    await expect(issue.getByTestId('issued')).toContainText('A001');
    await expect(issue.getByTestId('print-result')).toHaveCount(0);
    await agent.press('Escape');
    await expect
      .poll(async () => Object.values((await site.admin.state()).state.tickets)[0]?.delivery)
      .toBe('paperless');
    expect(site.devices!.virtualPrinter!.jobs.size).toBe(0);
  });
});
