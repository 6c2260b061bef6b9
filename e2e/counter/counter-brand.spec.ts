import { checkScreen, expect, test } from './support/fixtures';

test('the console wears the town’s brand from the site configuration: its logo and its colours', async ({
  openConsole,
}) => {
  const agent = await openConsole();
  await agent.startSession('ag1', 'Guichet 1');
  const logo = agent.page.locator('header img');
  await expect(logo).toHaveAttribute('src', /^data:image\/svg\+xml/);
  // Decorative: the town's name is written beside it.
  await expect(logo).toHaveAttribute('alt', '');
  // The primary colour writes the secondary buttons; the accent underlines the header.
  await expect(agent.page.getByRole('button', { name: /Nouveau ticket/ })).toHaveCSS(
    'color',
    'rgb(31, 78, 140)',
  );
  await expect(agent.page.locator('header')).toHaveCSS('border-bottom-color', 'rgb(179, 38, 30)');
  await checkScreen(agent.page, 'console-brand');
});
