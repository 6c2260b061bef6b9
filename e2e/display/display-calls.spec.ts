import { expect, test } from '@playwright/test';
import { announcementText } from '../../shared/announce/announcement';
import { testTimeZone } from '../support/midday-zone';
import { DisplayPage } from './support/display-page';
import { startDisplayWorld, type DisplayWorld } from './support/display-world';

// The waiting-room display against a real hub: calls made at counters through the hub's
// API appear on the screen and are announced (chime, French, English), each once.

let world: DisplayWorld;
test.beforeAll(async () => {
  world = await startDisplayWorld();
});
test.afterAll(() => world.close());
test.use({ viewport: { width: 1920, height: 1080 }, timezoneId: testTimeZone });

test('a call at a counter appears with its number and counter, and is announced', async ({
  page,
}) => {
  const display = new DisplayPage(page);
  await display.open(await world.displayUrl());
  await expect(page.getByTestId('sound-gate')).toContainText('Touchez pour activer le son');
  await display.turnSoundOn();

  const ticket = await world.issue('iris');
  await world.call('g3', ticket.ticketId);
  const number = `A ${Number(ticket.number.slice(1))}`;
  await expect(display.latest()).toContainText(number);
  await expect(display.latest()).toContainText('Guichet 3');

  const call = { number: ticket.number, counterLabel: 'Guichet 3', recall: false };
  await expect
    .poll(() => display.said(), { timeout: 20_000 })
    .toEqual([
      { text: announcementText(call, 'fr').speech, outcome: 'done' },
      { text: announcementText(call, 'en').speech, outcome: 'done' },
    ]);
  const events = await display.events();
  expect(events.filter((e) => e.type === 'step' && e.step.kind === 'chime')).toMatchObject([
    { outcome: 'done' },
  ]);
  await expect(page.getByTestId('voices')).toContainText('eSpeak NG (hub)');
  await display.expectAccessible('the display with a call');
});

test('30 calls in 10 s from 4 counters: all shown, each announced once, in order', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const display = new DisplayPage(page);
  // French only and no chime: thirty calls still take over a minute to say.
  await display.open(await world.displayUrl('Écran du bureau, français seul'));
  await display.turnSoundOn();
  const before = (await display.finished()).length;
  await display.recordShownCalls();
  const tickets: { ticketId: string; number: string }[] = [];
  for (let i = 0; i < 30; i += 1) tickets.push(await world.issue(i % 2 ? 'etat-civil' : 'iris'));
  const counters = ['g1', 'g2', 'g3', 'b12'] as const;
  // Each counter calls every 4th ticket, one call every 330 ms across the four.
  const started = Date.now();
  await Promise.all(
    counters.map(async (counterId, c) => {
      for (let i = c; i < tickets.length; i += 4) {
        await page.waitForTimeout(Math.max(0, started + i * 330 - Date.now()));
        await world.call(counterId, tickets[i]!.ticketId);
      }
    }),
  );
  test.info().annotations.push({ type: 'burst', description: `${Date.now() - started} ms` });
  await expect(display.previous()).toHaveCount(6);
  await display.screenshot('burst-1920x1080');
  const written = (n: string) => `${n[0]} ${Number(n.slice(1))}`;
  // Shown: every call was on the screen at some moment (two calls in one instant: one
  // is the latest, the other goes straight to the previous calls).
  const shown = new Set(await display.shownCalls());
  for (const ticket of tickets) expect(shown, ticket.number).toContain(written(ticket.number));

  // Each call announced once, in the order called (a call's key ends with its time).
  await expect
    .poll(async () => (await display.finished()).length - before, {
      timeout: 200_000,
      intervals: [1_000],
    })
    .toBe(30);
  const finished = (await display.finished()).slice(before);
  expect([...new Set(finished.map((key) => key.split('@')[0]))].sort()).toEqual(
    tickets.map((t) => t.ticketId).sort(),
  );
  const times = finished.map((key) => Number(key.split('@')[1]));
  expect(times).toEqual([...times].sort((a, b) => a - b));
});

test('a recall is shown and announced again, as a recall', async ({ page }) => {
  const display = new DisplayPage(page);
  await display.open(await world.displayUrl('Écran du bureau, français seul'));
  await display.turnSoundOn();
  const ticket = await world.issue('etat-civil');
  await world.call('b12', ticket.ticketId);
  const call = { number: ticket.number, counterLabel: 'Bureau 12 B', recall: false };
  await expect
    .poll(() => display.said())
    .toEqual([{ text: announcementText(call, 'fr').speech, outcome: 'done' }]);
  await world.recall('b12', ticket.ticketId);
  await expect(display.latest()).toContainText('Rappel');
  await expect
    .poll(() => display.said(), { timeout: 20_000 })
    .toEqual([
      { text: announcementText(call, 'fr').speech, outcome: 'done' },
      { text: announcementText({ ...call, recall: true }, 'fr').speech, outcome: 'done' },
    ]);
  expect(announcementText({ ...call, recall: true }, 'fr').speech).toMatch(/^Rappel : numéro bé/u);
});
