import { checkScreen, expect, test } from './support/fixtures';

test.describe('signing in and out of a counter', () => {
  test('an agent signs in, chooses a counter and services, and signing out closes it', async ({
    openConsole,
    site,
  }) => {
    const agent = await openConsole();
    await agent.expectScreen('login');
    await checkScreen(agent.page, 'login');

    await agent.signIn('ag1', 'not the password');
    await expect(agent.refusal).toContainText('Identifiant ou mot de passe incorrect');
    await checkScreen(agent.page, 'login-refused');

    await agent.signIn('ag1');
    await agent.expectScreen('setup');
    await agent.page.getByRole('radio', { name: /^Guichet 2/ }).check();
    // Only what both the counter and the agent serve is offered, all ticked by default.
    const services = agent.page.getByRole('group', {
      name: 'Services servis pendant cette session',
    });
    await expect(services.getByRole('checkbox')).toHaveCount(3);
    await checkScreen(agent.page, 'setup');

    await agent.openCounter('Guichet 2', ['iris', 'cni']);
    await agent.expectScreen('console');
    await agent.expectLive();
    await expect(agent.page.getByTestId('who')).toContainText('Guichet 2');
    const state = await site.admin.state();
    expect(state.state.counters.g2).toMatchObject({
      status: 'open',
      agentId: 'ag1',
      services: ['iris', 'cni'],
    });
    await checkScreen(agent.page, 'console-empty');

    // Not while a visitor is at the desk: the hub says why.
    await site.issueAtKiosk('iris');
    await agent.act('callNext');
    await agent.page.getByTestId('logout').click();
    await expect(agent.refusal).toContainText('Ticket A001 is still at this counter');
    await agent.expectScreen('console');
    await agent.finish('Réponse donnée');

    await agent.page.getByTestId('logout').click();
    await agent.expectScreen('login');
    await expect(agent.page.getByTestId('signed-out-notice')).toContainText('Le guichet est fermé');
    expect((await site.admin.state()).state.counters.g2?.status).toBe('closed');
  });

  test('a second agent on a counter already open is refused with a clear message', async ({
    openConsole,
  }) => {
    const first = await openConsole();
    await first.startSession('ag1', 'Guichet 1');

    const second = await openConsole();
    await second.signIn('ag2');
    await second.expectScreen('setup');
    await expect(second.page.getByRole('radio', { name: /^Guichet 1/ })).toBeVisible();
    await expect(second.page.getByText('Ouvert par ag1')).toBeVisible();
    await second.openCounter('Guichet 1');
    await expect(second.refusal).toContainText(
      'Ce guichet est déjà ouvert par l’agent ag1 : un seul agent par guichet.',
    );
    await expect(second.refusal).toContainText('already open by agent ag1');
    await second.expectScreen('setup');
    await checkScreen(second.page, 'setup-refused');

    // Another counter is fine.
    await second.openCounter('Guichet 2');
    await second.expectScreen('console');
  });

  test('when the session expires the console goes back to sign-in and the counter is taken back after', async ({
    openConsole,
    site,
  }) => {
    const agent = await openConsole();
    await agent.startSession('ag1', 'Guichet 1');
    await site.issueAtKiosk('iris');
    await agent.act('callNext');
    await expect(agent.currentNumber).toHaveText('A001');

    site.advanceClock(13 * 3_600_000); // past the 12 h session
    await agent.expectScreen('login');
    await expect(agent.page.getByTestId('signed-out-notice')).toContainText(
      'Votre session a expiré',
    );
    await checkScreen(agent.page, 'login-expired');

    // The counter stayed open with the visitor at it: signing in again takes it back.
    await agent.signIn('ag1');
    await agent.expectScreen('console');
    await expect(agent.currentNumber).toHaveText('A001');
  });

  test('the console speaks English on request', async ({ openConsole }) => {
    const agent = await openConsole();
    await agent.page.getByLabel('Langue de la console').selectOption('en');
    await expect(agent.page.getByRole('heading', { level: 1 })).toHaveText('Counter sign-in');
    await expect(agent.page.locator('html')).toHaveAttribute('lang', 'en');
    await agent.page.getByLabel('Agent id').fill('ag3');
    await agent.page.getByLabel('Password').fill('mot de passe de ag3');
    await agent.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(agent.page.getByRole('heading', { level: 1 })).toHaveText(
      'Choose the counter and services',
    );
    await agent.page.getByRole('radio', { name: /^Guichet 3/ }).check();
    await agent.page.getByRole('button', { name: 'Open the counter' }).click();
    await expect(agent.page.getByTestId('connection')).toHaveText(/Live/);
    await expect(agent.action('callNext')).toContainText('Call next');
    await checkScreen(agent.page, 'console-en');
  });
});
