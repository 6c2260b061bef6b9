import { checkScreen, expect, test } from './support/fixtures';
import type { ConsolePage } from './support/console-page';

/** The number at the desk, or null when nobody is there (once the console has settled). */
async function atDesk(agent: ConsolePage): Promise<string | null> {
  await agent.settled();
  return (await agent.currentNumber.count()) ? await agent.currentNumber.textContent() : null;
}

test.describe('two counters and a kiosk on one hub', () => {
  test('two counters calling "next" at the same moment never get the same ticket', async ({
    openConsole,
    site,
  }) => {
    for (let i = 0; i < 7; i += 1) await site.issueAtKiosk('iris');
    const first = await openConsole();
    const second = await openConsole();
    await first.startSession('ag1', 'Guichet 1');
    await second.startSession('ag2', 'Guichet 2');

    const seen: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      // Both agents press S together; each console sends its own call at once.
      await Promise.all([first.press('s'), second.press('s')]);
      await expect(first.currentNumber).toBeVisible();
      await expect(second.currentNumber).toBeVisible();
      const numbers = [await atDesk(first), await atDesk(second)];
      expect(numbers[0]).not.toEqual(numbers[1]);
      seen.push(...(numbers as string[]));
      await first.finish('Réponse donnée');
      await second.finish('Réponse donnée');
    }
    expect(new Set(seen).size).toBe(6);

    // One ticket left, two calls: exactly one counter gets it.
    await Promise.all([first.press('s'), second.press('s')]);
    await expect
      .poll(async () => [await atDesk(first), await atDesk(second)].filter(Boolean))
      .toEqual(['A007']);
    const { state } = await site.admin.state();
    const called = Object.values(state.tickets).filter((t) => t.calledAt !== undefined);
    expect(called.map((t) => t.number).sort()).toEqual([
      'A001',
      'A002',
      'A003',
      'A004',
      'A005',
      'A006',
      'A007',
    ]);
    expect(
      new Set(
        Object.values(state.counters)
          .map((c) => c.currentTicketId)
          .filter(Boolean),
      ).size,
    ).toBe(1);
  });

  test('a visitor transferred to another counter keeps their place and their history', async ({
    openConsole,
    site,
  }) => {
    await site.issueAtKiosk('iris');
    const first = await openConsole();
    const second = await openConsole();
    await first.startSession('ag1', 'Guichet 1');
    await second.startSession('ag2', 'Guichet 2');
    await first.act('callNext');
    await expect(first.currentNumber).toHaveText('A001');
    await first.act('start');
    await site.issueAtKiosk('iris');
    await site.issueAtKiosk('iris');

    await first.act('transfer');
    const transfer = first.dialog('Transférer le visiteur');
    await expect(transfer).toContainText('Le visiteur garde sa place dans la file');
    await transfer.getByRole('radio', { name: 'un guichet' }).check();
    await transfer.getByRole('combobox', { name: 'Guichet' }).selectOption({ label: 'Guichet 2' });
    await transfer
      .getByLabel('Note pour le collègue')
      .fill('Demande de logement : dossier à compléter.');
    await checkScreen(first.page, 'dialog-transfer');
    await transfer.getByRole('button', { name: 'Transférer', exact: true }).click();
    await expect(transfer).toBeHidden();
    await expect(first.currentNumber).toBeHidden();
    await expect(first.page.getByTestId('my-figures')).toContainText('Transférés1');

    // At Guichet 2 the visitor is first in line (arrived first), flagged, with the note.
    await expect(second.queue.locator('tbody tr').first()).toHaveAttribute('data-number', 'A001');
    await expect(second.queueRow('A001')).toContainText('Transféré ici');
    await expect(second.queueRow('A001')).toContainText(
      'Demande de logement : dossier à compléter.',
    );
    // Guichet 1 does not see a ticket reserved for Guichet 2.
    await expect(first.queueRow('A001')).toHaveCount(0);
    await second.act('callNext');
    await expect(second.currentNumber).toHaveText('A001');
    const history = second.page.getByTestId('transfers');
    await expect(history).toContainText('de Information (Guichet 1) vers Guichet 2');
    await expect(history).toContainText('Demande de logement : dossier à compléter.');
    await checkScreen(second.page, 'console-transferred');

    // Sent on to a service: back in Guichet 1's queue, still ahead of the later arrivals.
    await second.transferToService('État civil');
    await expect(first.queue.locator('tbody tr').first()).toHaveAttribute('data-number', 'A001');
    await expect(first.queueRow('A001')).toContainText('État civil');
    await first.act('callNext');
    await expect(first.currentNumber).toHaveText('A001');
    await expect(first.page.getByTestId('transfers').locator('li')).toHaveCount(2);

    // And to an agent by name: only their console offers the visitor.
    await first.act('transfer');
    const toAgent = first.dialog('Transférer le visiteur');
    await toAgent.getByRole('radio', { name: 'un agent' }).check();
    await toAgent.getByRole('combobox', { name: 'Agent' }).selectOption({ label: 'Agent 2' });
    await toAgent.getByRole('button', { name: 'Transférer', exact: true }).click();
    await expect(toAgent).toBeHidden();
    await expect(second.queueRow('A001')).toContainText('Transféré ici');
    await expect(first.queueRow('A001')).toHaveCount(0);
  });
});
