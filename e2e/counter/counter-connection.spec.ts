import { checkScreen, expect, test } from './support/fixtures';

test.describe('the link to the hub', () => {
  test('the connection state is always shown; while the hub is away actions wait, and resume when it is back', async ({
    openConsole,
    site,
  }) => {
    await site.issueAtKiosk('iris');
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');
    await agent.act('callNext');
    await expect(agent.currentNumber).toHaveText('A001');

    await site.stopHub();
    const link = agent.page.getByTestId('connection');
    await expect(link).toHaveText(/Reconnexion…|Hors ligne/);
    await expect(link).toHaveText(/Hors ligne/, { timeout: 20_000 });
    await expect(agent.page.getByTestId('offline-banner')).toContainText(
      'Connexion au hub perdue : les actions sont suspendues',
    );
    for (const action of ['start', 'recall', 'noShow', 'finish', 'transfer'] as const)
      await expect(agent.action(action)).toBeDisabled();
    // What the agent knew stays on screen.
    await expect(agent.currentNumber).toHaveText('A001');
    await checkScreen(agent.page, 'console-offline');

    await site.startAgain();
    await site.issueAtKiosk('iris'); // a ticket issued while the console was away
    await expect(link).toHaveText(/En direct/, { timeout: 30_000 });
    await expect(agent.page.getByTestId('offline-banner')).toBeHidden();
    await expect(agent.queueRow('A002')).toBeVisible();
    await agent.act('start');
    await expect(agent.current).toContainText('En cours');
    await agent.finish('Réponse donnée');
    await agent.act('callNext');
    await expect(agent.currentNumber).toHaveText('A002');
  });
});
