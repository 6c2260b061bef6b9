import { expect, test } from '@playwright/test';
import { testTimeZone } from '../support/midday-zone';
import { DisplayPage } from './support/display-page';
import { startDisplayWorld, type DisplayWorld } from './support/display-world';

// The hub stops in the middle of a sequence of calls and comes back: the display says its
// data is stale, then fresh again, and announces every call once, in order, across the gap.
// And a link that goes silent without closing (no heartbeat, no event: a pulled cable):
// the display says so from the heartbeats alone, before its stream gives the link up.

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
  await expect(page.getByRole('status')).toContainText(
    /^\W*Données peut-être pas à jour : pas de nouvelles du serveur depuis \d\d:\d\d$/u,
  );
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

test('a silent link (no heartbeat, socket still open): stale from the heartbeats, fresh at the next one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Between the page and the hub: forwards everything, until told to let nothing through
  // from the hub (the socket stays open, as over a pulled cable).
  let silent = false;
  await page.routeWebSocket(/\/api\/v1\/events$/u, (socket) => {
    const hub = socket.connectToServer();
    socket.onMessage((message) => hub.send(message));
    hub.onMessage((message) => {
      if (!silent) socket.send(message);
    });
  });
  const display = new DisplayPage(page);
  await display.open(await world.displayUrl('Écran du bureau, français seul'));
  await display.turnSoundOn();
  const first = await world.issue('iris');
  await world.call('g1', first.ticketId);
  await expect(display.latest()).toContainText(first.number.replace(/^([A-Z])0*/u, '$1 '));
  await expect.poll(async () => (await display.finished()).length, { timeout: 20_000 }).toBe(1);

  silent = true;
  const silentFrom = Date.now();
  // One heartbeat (15 s) and a margin without a word: stale, though the stream is still
  // 'live' (it gives a silent link up only after 2.5 heartbeats).
  await expect(page.getByTestId('stale')).toBeVisible({ timeout: 30_000 });
  expect(Date.now() - silentFrom).toBeLessThan(30_000);
  expect(
    await page.evaluate(() => (globalThis as unknown as DisplayHook).accueilDisplay.status()),
  ).toBe('live');
  await expect(page.getByRole('status')).toContainText('Données peut-être pas à jour');
  await expect(display.latest()).toBeVisible(); // the last known call stays up
  await display.expectAccessible('the display with a silent link');

  silent = false;
  // The next heartbeat (within 15 s) clears it.
  await expect(page.getByTestId('stale')).toBeHidden({ timeout: 20_000 });
  await expect(page.getByRole('status')).toContainText('Connexion rétablie');
  const second = await world.issue('iris');
  await world.call('g2', second.ticketId);
  await expect(display.latest()).toContainText(second.number.replace(/^([A-Z])0*/u, '$1 '));
  await expect.poll(async () => (await display.finished()).length, { timeout: 20_000 }).toBe(2);
  const said = (await display.said()).map((s) => s.text);
  expect(new Set(said).size).toBe(said.length);
});

interface DisplayHook {
  accueilDisplay: { status(): string };
}
