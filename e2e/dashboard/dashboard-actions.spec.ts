import { expect, test } from '../site/support/site-fixtures';
import { DashboardPage } from './support/dashboard-page';

// The manager acts on the floor through the hub's commands, each after a confirmation:
// waiting tickets move to another queue (and the counters' queues change), a counter
// left open is paused then closed, a service is closed at a counter, the displays get a
// message, a ticket is cancelled; a refusal says what was wrong.

async function queueNumbers(
  site: { admin: { counterQueue(id: string): Promise<{ entries: { number: string }[] }> } },
  counterId: string,
) {
  return (await site.admin.counterQueue(counterId)).entries.map((entry) => entry.number);
}

test('a manager moves waiting tickets and the counters’ queues change', async ({
  browser,
  site,
}) => {
  await site.admin.command('counter:open', { counterId: 'g1', agentId: 'ag1', services: ['iris'] });
  await site.admin.command('counter:open', { counterId: 'g3', agentId: 'ag3', services: ['cni'] });
  const first = await site.issueAtKiosk('iris');
  const second = await site.issueAtKiosk('iris');
  expect(await queueNumbers(site, 'g1')).toEqual([first.number, second.number]);
  expect(await queueNumbers(site, 'g3')).toEqual([]);

  const chef = await DashboardPage.open(browser, site.url);
  await chef.signIn('chef');
  await expect(chef.page.getByTestId('waiting-iris')).toHaveText('2');
  // The queue's line and its table of values end on the count now.
  const irisNow = chef.page
    .getByTestId('service-iris')
    .locator('tbody tr')
    .last()
    .locator('td')
    .last();
  await expect(irisNow).toHaveText('2', { useInnerText: false });
  await chef.go('actions');
  for (const ticket of [first, second])
    await chef.page.getByRole('checkbox', { name: `Choisir le ticket ${ticket.number}` }).check();
  await chef.page.getByTestId('move-target').selectOption({ label: 'Guichet 3' });
  await chef.page.getByTestId('move').click();
  await expect(chef.dialog).toContainText('2 tickets iront vers Guichet 3');
  await chef.screenshot('actions-move-confirm');
  await chef.confirm();

  await expect.poll(() => queueNumbers(site, 'g3')).toEqual([first.number, second.number]);
  expect(await queueNumbers(site, 'g1')).toEqual([]);
  // Moved to another service, a ticket leaves its own service's figures for the other's.
  await chef.page.getByRole('checkbox', { name: `Choisir le ticket ${first.number}` }).check();
  await chef.page.getByTestId('move-target').selectOption({ label: 'le service État civil' });
  await chef.page.getByTestId('move').click();
  await chef.confirm();
  await chef.go('live');
  await expect(chef.page.getByTestId('waiting-iris')).toHaveText('1');
  await expect(chef.page.getByTestId('waiting-etat-civil')).toHaveText('1');
  await expect(irisNow).toHaveText('1', { useInnerText: false });
  expect(await queueNumbers(site, 'g3')).toEqual([second.number]);
  await chef.close();
});

test('pause and close a counter left open, close a service there, message the displays, cancel a ticket', async ({
  browser,
  site,
}) => {
  await site.admin.command('counter:open', {
    counterId: 'g2',
    agentId: 'ag2',
    services: ['iris', 'cni'],
  });
  const ticket = await site.issueAtKiosk('etat-civil');
  const chef = await DashboardPage.open(browser, site.url);
  await chef.signIn('chef');

  await chef.go('counters');
  await expect(chef.counter('g2')).toHaveAttribute('data-activity', 'open');
  await chef.counter('g2').getByTestId('toggle-g2-cni').click();
  await expect(chef.dialog).toContainText('Guichet 2');
  await chef.confirm();
  await expect(chef.counter('g2').getByTestId('toggle-g2-cni')).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // The last service cannot be closed: the dialog says why and stays open.
  await chef.counter('g2').getByTestId('toggle-g2-iris').click();
  await chef.dialog.getByTestId('confirm-ok').click();
  await expect(chef.dialog.getByTestId('confirm-refusal')).toContainText(
    'fermez plutôt le guichet',
  );
  await chef.dialog.getByTestId('confirm-cancel').click();

  await chef.counter('g2').getByTestId('pause-g2').click();
  await chef.confirm();
  await expect(chef.counter('g2')).toHaveAttribute('data-activity', 'paused');
  await expect(chef.counter('g2')).toContainText('mis en pause par chef');
  await chef.screenshot('counters-paused');
  await chef.counter('g2').getByTestId('close-g2').click();
  await chef.confirm();
  await expect(chef.counter('g2')).toHaveAttribute('data-activity', 'closed');

  await chef.go('actions');
  await chef.page.getByTestId('message-text').fill('Fermeture exceptionnelle à 16 h');
  await chef.page.getByTestId('send-message').click();
  await chef.confirm();
  await expect(chef.page.getByTestId('current-message')).toContainText(
    'Fermeture exceptionnelle à 16 h',
  );
  expect((await site.admin.board()).message ?? null).not.toBeNull();
  await chef.page.getByTestId('clear-message').click();
  await chef.confirm();
  await expect(chef.page.getByTestId('current-message')).toHaveText('Aucun message affiché.');

  await chef.page.getByTestId(`cancel-${ticket.number}`).click();
  await chef.confirm();
  await expect(chef.page.getByTestId(`ticket-${ticket.number}`)).toBeHidden();
  expect((await site.admin.ticket(ticket.ticketId)).state).toBe('cancelled');
  await chef.close();
});
