import type { ConsolePage } from '../counter/support/console-page';
import { expectNoAxeViolations } from '../support/axe';
import { expect, siteScreenshot, test } from './support/site-fixtures';

// A morning at the town hall, end to end, on one real hub: visitors at the kiosk's
// screen, two agents at their consoles, a visitor's phone and the manager's report, all
// live at once. Guichet 1 serves information and civil status; Guichet 2 also serves ID
// cards and passports, so a visitor sent there from Guichet 1 can only be served there.

const appointment = { id: 'rdv-site', service: 'etat-civil', bookingCode: 'R7T4KM' } as const;
const visitorName = 'Camille Martin';
const transferNote = 'Pièce d’identité perdue : dossier de renouvellement à ouvrir.';
const idDesk = "Carte d'identité et passeport";
/** The status page's address in a printed ticket's QR code, as the decoded paper shows it. */
const statusLinkOnPaper = /\[QR: (\S+\/status\/#t=[A-Za-z0-9_-]{16,})\]/;

async function numberAtDesk(agent: ConsolePage): Promise<string> {
  await expect(agent.currentNumber).toBeVisible();
  return (await agent.currentNumber.textContent())?.trim() ?? '';
}

test('a walk-in and an appointment are served by two counters, one after a transfer', async ({
  site,
  kiosk,
  printer,
  phone,
  openConsole,
}) => {
  test.setTimeout(180_000);
  const counter1 = await openConsole();
  const counter2 = await openConsole();
  await counter1.startSession('ag1', 'Guichet 1');
  await counter2.startSession('ag2', 'Guichet 2');

  // A visitor takes a walk-in ticket at the kiosk; it comes out of the printer.
  await kiosk.start();
  const walkIn = await kiosk.takeWalkInTicket(null, 'iris');
  await kiosk.printTicket();
  await siteScreenshot(kiosk.page, 'kiosk-walk-in-printed');
  await expect.poll(() => printer.texts().some((paper) => paper.includes(walkIn))).toBe(true);
  const paper = await printer.save(walkIn, 'site-walk-in');
  expect(paper).toContain('Information');
  const walkInStatus = statusLinkOnPaper.exec(paper)?.[1] ?? '';
  expect(walkInStatus).toMatch(new RegExp(`^${site.url}/status/#t=`));
  await kiosk.finish();

  // Another visitor checks in for their appointment, a quarter of an hour early, by typing
  // its booking code (so early, they wait in their order of arrival, like walk-ins).
  await site.loadAppointment({ ...appointment, visitorName }, 20);
  await kiosk.start();
  await kiosk.chooseAppointment();
  await kiosk.typeCodeOnScreen(appointment.bookingCode);
  await kiosk.expectScreen('ticket');
  await expect(kiosk.heading).toHaveText('Votre arrivée est enregistrée');
  const checkedIn = (await kiosk.ticketNumber.textContent())?.trim() ?? '';
  expect(checkedIn).toMatch(/^E\d{3}$/);
  await kiosk.choosePaperless();
  const checkedInStatus =
    (await kiosk.page.getByTestId('paperless').locator('svg').getAttribute('data-qr-value')) ?? '';
  expect(checkedInStatus).toMatch(new RegExp(`^${site.url}/status/#t=`));
  await expect(kiosk.page.getByText(visitorName)).toHaveCount(0);
  await siteScreenshot(kiosk.page, 'kiosk-check-in-paperless');
  await kiosk.finish();

  // Both visitors wait in both counters' queues, in their order of arrival.
  for (const agent of [counter1, counter2]) {
    const rows = agent.queue.locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute('data-number', walkIn);
    await expect(rows.last()).toHaveAttribute('data-number', checkedIn);
  }

  // Both agents press "call next" at the same moment: two visitors, two counters.
  await Promise.all([counter1.act('callNext'), counter2.act('callNext')]);
  const atCounter1 = await numberAtDesk(counter1);
  const atCounter2 = await numberAtDesk(counter2);
  expect([atCounter1, atCounter2].sort()).toEqual([walkIn, checkedIn].sort());
  const { state } = await site.admin.state();
  const called = Object.values(state.tickets).filter((ticket) => ticket.calledAt !== undefined);
  expect(called.map((ticket) => ticket.number).sort()).toEqual([walkIn, checkedIn].sort());
  expect(state.counters.g1?.currentTicketId).not.toEqual(state.counters.g2?.currentTicketId);
  // The appointment's name shows to the agent serving it, and to nobody else.
  const [withName, withoutName] =
    atCounter1 === checkedIn ? [counter1, counter2] : [counter2, counter1];
  await expect(withName.page.getByTestId('visitor-name')).toHaveText(visitorName);
  await expect(withoutName.page.getByText(visitorName)).toHaveCount(0);
  await siteScreenshot(counter1.page, 'counter-1-called');

  // The visitor at Guichet 1 follows their ticket on their phone, from their ticket's QR.
  const transferred = atCounter1;
  test.info().annotations.push({ type: 'transferred', description: transferred });
  await phone.open(transferred === walkIn ? walkInStatus : checkedInStatus);
  await expect(phone.number).toHaveText(transferred);
  await expect(phone.state).toHaveText('C’est votre tour !');
  await expect(phone.counter).toHaveText('Guichet 1');

  // A third visitor comes in after them.
  await kiosk.start();
  const later = await kiosk.takeWalkInTicket(null, 'iris');
  await kiosk.choosePaperless();
  await kiosk.finish();
  await expect(counter2.queueRow(later)).toBeVisible();

  // Guichet 1 sends its visitor to the ID desk, which only Guichet 2 serves, with a note.
  await counter1.act('start');
  await counter1.transferToService(idDesk, transferNote);
  await expect(counter1.currentNumber).toBeHidden();
  await expect(counter1.queueRow(transferred)).toHaveCount(0);
  // They keep their place: at the head of Guichet 2's queue, ahead of the later visitor.
  const queue2 = counter2.queue.locator('tbody tr');
  await expect(queue2).toHaveCount(2);
  await expect(queue2.first()).toHaveAttribute('data-number', transferred);
  await expect(queue2.first()).toContainText(idDesk);
  await expect(queue2.first()).toContainText(transferNote);
  await expect(queue2.last()).toHaveAttribute('data-number', later);
  await siteScreenshot(counter2.page, 'counter-2-queue-after-transfer');
  await phone.nextPoll();
  await expect(phone.state).toHaveText('En attente');

  // Guichet 2 finishes with its first visitor, then calls the transferred one next.
  await counter2.act('start');
  await counter2.finish('Réponse donnée');
  await counter2.act('callNext');
  await expect(counter2.currentNumber).toHaveText(transferred);
  await expect(counter2.page.getByTestId('transfers')).toContainText(transferNote);
  await siteScreenshot(counter2.page, 'counter-2-transferred-visitor');
  await phone.nextPoll();
  await expect(phone.state).toHaveText('C’est votre tour !');
  await expect(phone.counter).toHaveText('Guichet 2');
  await siteScreenshot(phone.page, 'phone-called-guichet-2');

  await counter2.act('start');
  await counter2.finish('Dossier déposé', 'Renouvellement déposé, récépissé remis.');
  await expect(counter2.currentNumber).toBeHidden();
  await phone.nextPoll();
  await expect(phone.state).toHaveText('Votre visite est terminée. Merci de votre venue !');
  await siteScreenshot(phone.page, 'phone-done');

  // Guichet 1 serves the later visitor.
  await counter1.act('callNext');
  await expect(counter1.currentNumber).toHaveText(later);
  await counter1.act('start');
  await counter1.finish('Réponse donnée');

  // The manager's day report counts the three visits, the transfer and the check-in.
  const manager = await openConsole();
  const report = await manager.openDayReport('chef');
  await expect(report.getByTestId('total-visits')).toHaveText('3');
  await expect(report.getByTestId('total-served')).toHaveText('3');
  await expect(report.getByTestId('total-transfers')).toHaveText('1');
  await expect(report.getByTestId('total-unserved')).toHaveText('0');
  await expect(report).toContainText('1 arrivés sur 1');
  const idDeskRow = report.getByRole('row', { name: new RegExp(`^${idDesk}`) });
  await expect(idDeskRow.getByRole('cell').nth(1)).toHaveText('1'); // served there
  await expect(report.getByTestId('delivery')).toContainText('1 imprimé');
  await expect(report.getByTestId('delivery')).toContainText('2 sans papier');
  await siteScreenshot(manager.page, 'manager-report');

  // Every page still open passes axe-core (WCAG 2.1 AA) with zero violations.
  await expectNoAxeViolations(kiosk.page, 'the kiosk, back on its attract screen');
  await expectNoAxeViolations(counter1.page, 'Guichet 1’s console');
  await expectNoAxeViolations(counter2.page, 'Guichet 2’s console');
  await expectNoAxeViolations(phone.page, 'the status page of a finished visit');
  await expectNoAxeViolations(manager.page, 'the manager’s day report');
  await siteScreenshot(counter1.page, 'counter-1-end');
  await siteScreenshot(counter2.page, 'counter-2-end');
});
