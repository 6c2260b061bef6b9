import { expect, test } from '@playwright/test';
import { testTimeZone } from '../support/midday-zone';
import { DisplayPage } from './support/display-page';
import { startDisplayWorld, type DisplayWorld } from './support/display-world';

// The hub stops in the middle of a sequence of calls and comes back: the display says its
// data is stale, then fresh again, and announces every call once, in order, across the gap.

let world: DisplayWorld;
test.beforeAll(async () => {
  world = await startDisplayWorld();
});
test.afterAll(() => world.close());
test.use({ viewport: { width: 1280, height: 720 }, timezoneId: testTimeZone });

test('hub stopped and restarted mid-sequence: stale, then fresh, no call lost or said twice', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const display = new DisplayPage(page);
  await display.open(await world.displayUrl('Écran du bureau, français seul'));
  await display.turnSoundOn();
  const tickets: { ticketId: string; number: string }[] = [];
  for (let i = 0; i < 5; i += 1) tickets.push(await world.issue('iris'));
  const said = (n: number) => `Numéro a ${['un', 'deux', 'trois', 'quatre', 'cinq'][n]}`;
  await world.call('g1', tickets[0]!.ticketId);
  await world.call('g2', tickets[1]!.ticketId);
  await expect(display.latest()).toContainText('A 2');

  await world.stopHub();
  await expect(page.getByTestId('stale')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('stale')).toContainText('Données non à jour');
  await expect(display.latest()).toContainText('A 2'); // the last known calls stay up
  await display.screenshot('stale-1280x720');
  await display.expectAccessible('the display with stale data');

  await world.restartHub();
  // Calls made before the display is back: they come with the fresh public view.
  await world.call('g3', tickets[2]!.ticketId);
  await world.call('b12', tickets[3]!.ticketId);
  await expect(page.getByTestId('fresh')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('stale')).toBeHidden();
  await world.call('g1', tickets[4]!.ticketId);
  await expect(display.latest()).toContainText('A 5');

  await expect
    .poll(async () => (await display.said()).map((s) => s.text.split(',')[0]), {
      timeout: 60_000,
    })
    .toEqual([0, 1, 2, 3, 4].map(said));
  expect(await display.finished()).toHaveLength(5);
});
