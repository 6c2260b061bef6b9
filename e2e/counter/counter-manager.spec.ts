import { checkScreen, expect, test } from './support/fixtures';

test.describe('what managers and agents see of the day', () => {
  test('a manager reads the day’s aggregates, with no per-agent figures', async ({
    openConsole,
    site,
  }) => {
    const printed = await site.issueAtKiosk('iris');
    await site.kiosk.command('ticket:deliver', { ticketId: printed.ticketId, medium: 'printed' });
    const paperless = await site.issueAtKiosk('iris');
    await site.kiosk.command('ticket:deliver', {
      ticketId: paperless.ticketId,
      medium: 'paperless',
    });
    await site.issueAtKiosk('etat-civil', true);
    await site.kiosk.command('devices:report', {
      statuses: [
        {
          kind: 'printer',
          deviceId: 'printer-hall',
          state: 'paper-near-end',
          readsStatus: true,
          lastReadAt: site.now(),
        },
      ],
    });
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');
    await agent.act('callNext');
    await agent.act('start');
    await agent.finish('Réponse donnée');
    await agent.act('callNext');
    await agent.act('noShow');

    const manager = await openConsole();
    await manager.signIn('chef');
    await manager.expectScreen('setup');
    await expect(
      manager.page.getByRole('status').filter({ hasText: 'pas déclaré comme agent' }),
    ).toBeVisible();
    await manager.page.getByRole('button', { name: 'Rapport du jour' }).click();
    await manager.expectScreen('report');
    const report = manager.page.getByTestId('day-report');
    await expect(report.getByTestId('total-visits')).toHaveText('3');
    await expect(report.getByTestId('total-served')).toHaveText('1');
    await expect(report.getByTestId('total-noShows')).toHaveText('1');
    await expect(report.getByRole('row', { name: /^Information/ })).toContainText('2');
    await expect(report.getByTestId('delivery')).toContainText('1 imprimé');
    await expect(report.getByTestId('delivery')).toContainText('1 sans papier');
    await expect(report.getByTestId('devices')).toContainText(
      'Borne du hall : imprimante papier bientôt épuisé',
    );
    await expect(report).toContainText('Guichet 1 — ouvert');
    await expect(report).toContainText('Les chiffres par agent sont des données personnelles');
    await expect(report).not.toContainText('ag1');
    // No central API on this site: the visits wait, and the buttons say nothing can be sent.
    const sync = report.getByTestId('sync');
    await expect(sync.getByTestId('sync-off')).toContainText('Aucune API centrale');
    await expect(sync.getByTestId('sync-backlog')).toHaveText('2');
    await expect(sync.getByRole('button', { name: 'Envoyer maintenant' })).toBeDisabled();
    await checkScreen(manager.page, 'report');

    // Live: the next visit ends and the report follows.
    await agent.act('callNext');
    await agent.finish('Dossier déposé');
    await expect(report.getByTestId('total-served')).toHaveText('2');
  });

  test('an agent sees a kiosk’s call for help and a printer out of paper, and answers them', async ({
    openConsole,
    site,
  }) => {
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');
    await site.kiosk.command('alert:raise', { kind: 'help-requested' });
    await site.kiosk.command('devices:report', {
      statuses: [
        {
          kind: 'printer',
          deviceId: 'printer-hall',
          state: 'paper-out',
          readsStatus: true,
          lastReadAt: site.now(),
        },
      ],
    });
    const alerts = agent.page.getByTestId('alerts');
    await expect(alerts).toContainText('2 alertes');
    await expect(alerts).toContainText('Un visiteur demande de l’aide — Borne du hall');
    await expect(alerts).toContainText('Imprimante hors service — Borne du hall');
    await checkScreen(agent.page, 'console-alerts');

    await alerts.getByRole('button', { name: 'J’y vais' }).click();
    await expect(alerts).toContainText('1 alerte');
    await expect(alerts).not.toContainText('demande de l’aide');
    await alerts.getByRole('button', { name: 'Vu' }).click();
    await expect(alerts).toContainText('Vu par ag1');

    await site.kiosk.command('devices:report', {
      statuses: [
        {
          kind: 'printer',
          deviceId: 'printer-hall',
          state: 'ready',
          readsStatus: true,
          lastReadAt: site.now(),
        },
      ],
    });
    await expect(alerts).toBeHidden();
  });
});

test.describe('where the site shows per-agent figures', () => {
  test.use({ siteOptions: { perAgentFigures: true } });

  test('a manager reads each agent’s day under the site’s label for them', async ({
    openConsole,
    site,
  }) => {
    for (let i = 0; i < 3; i++) await site.issueAtKiosk('iris');
    const first = await openConsole();
    await first.startSession('ag1', 'Guichet 1');
    await first.act('callNext');
    await first.act('start');
    await first.finish('Réponse donnée');
    await first.act('callNext');
    await first.act('noShow');
    const second = await openConsole();
    await second.startSession('ag2', 'Guichet 2');
    await second.act('callNext');
    await second.act('start');
    await second.finish('Dossier déposé');

    const manager = await openConsole();
    await manager.signIn('chef');
    await manager.page.getByRole('button', { name: 'Rapport du jour' }).click();
    const agents = manager.page.getByTestId('agents');
    await expect(agents.getByRole('row', { name: /^Agent 1 \(ag1\)/ })).toHaveText(
      /Agent 1 \(ag1\)\s*1\s*1\s*0/,
    );
    await expect(agents.getByRole('row', { name: /^Agent 2 \(ag2\)/ })).toHaveText(
      /Agent 2 \(ag2\)\s*1\s*0\s*0/,
    );
    await expect(manager.page.getByTestId('per-agent-note')).toContainText(
      'réservées aux responsables',
    );
    await checkScreen(manager.page, 'report-per-agent');
    // The same figures from the hub's report route (managers only).
    expect((await site.admin.dayReport()).agents?.map((a) => [a.agentId, a.served])).toEqual([
      ['ag1', 1],
      ['ag2', 1],
    ]);
  });
});
