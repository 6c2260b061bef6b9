import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';
import { appointmentRefs } from '../support/kiosk-site';

// Appointment check-in from every source (serial scanner, keyboard-wedge scanner, codes
// typed on the on-screen keyboard), each refusal in plain words, and scans that are
// garbage or hostile: refused without ever showing what was scanned.

const world = useKioskWorld();

test('a QR code on the serial scanner checks the visitor in from the attract screen', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  await world().scan(`ACCUEIL:RDV:${appointmentRefs.scanned.qrToken}`);
  await kiosk.expectScreen('ticket');
  await expect(kiosk.heading).toHaveText('Votre arrivée est enregistrée');
  await expect(kiosk.ticketNumber).toHaveText(/^E\d{3}$/);
  await expect(page.getByText(/^Rendez-vous à \d\d:\d\d$/)).toBeVisible();
});

test('a booking code typed on the on-screen keyboard checks in; the check-in ticket prints', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseAppointment();
  await kiosk.typeCodeOnScreen(appointmentRefs.typed.bookingCode);
  await kiosk.expectScreen('ticket');
  const number = (await kiosk.ticketNumber.textContent())?.trim() ?? '';
  const appointment = (await page.getByText(/^Rendez-vous à \d\d:\d\d$/).textContent()) ?? '';
  await kiosk.printTicket();
  await world().printedTicket(number);
  // The check-in layout: arrival recorded, the appointment's time, no counter yet.
  const paper = await world().savePrintedTicket(number, 'fr-check-in');
  expect(paper).toContain('Votre arrivée est enregistrée');
  expect(paper).toMatch(new RegExp(`Rendez-vous +${appointment.slice(-5)}`));
  expect(paper).toContain('Votre numéro sera appelé à');
  expect(paper).toContain('État civil');
  expect(paper).toMatch(new RegExp(`\\[QR: ${world().hub.url}/status/#t=[A-Za-z0-9_-]{16,}\\]`));
});

test('an Arabic check-in ticket prints its words right to left, as images', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.chooseLanguage('ar');
  await kiosk.start();
  await kiosk.chooseAppointment();
  await kiosk.typeCodeOnScreen(appointmentRefs.spare1.bookingCode);
  await kiosk.expectScreen('ticket');
  const number = (await kiosk.ticketNumber.textContent())?.trim() ?? '';
  await expect(page.getByTestId('deliver-print')).toBeVisible();
  await kiosk.printTicket();
  await world().printedTicket(number);
  const paper = await world().savePrintedTicket(number, 'ar-check-in');
  expect(paper).not.toContain('Votre arrivée');
  expect(paper).toContain('[IMAGE');
  expect(paper).not.toContain('?');
  expect(paper).toContain('[QR: ');
});

test('an ANTS pré-demande number checks in for the ID-card service', async ({ kiosk, page }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseAppointment();
  await kiosk.typeCodeOnScreen(appointmentRefs.ants.antsNumber);
  await kiosk.expectScreen('ticket');
  await expect(kiosk.ticketNumber).toHaveText(/^P\d{3}$/);
  await expect(page.getByText("Carte d'identité et passeport")).toBeVisible();
});

test('a keyboard-wedge scanner (a burst of keys and Enter) checks in', async ({ kiosk }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.wedgeScan(appointmentRefs.wedge.bookingCode.toLowerCase());
  await kiosk.expectScreen('ticket');
  await expect(kiosk.ticketNumber).toHaveText(/^E\d{3}$/);
});

const refusals = [
  {
    what: 'too early',
    code: appointmentRefs.early.bookingCode,
    title: 'Vous êtes en avance',
    text: /Votre rendez-vous est à \d\d:\d\d\. Vous pourrez enregistrer votre arrivée à partir de \d\d:\d\d/,
  },
  {
    what: 'too late',
    code: appointmentRefs.late.bookingCode,
    title: 'L’heure de votre rendez-vous est passée',
    text: /Présentez-vous à l’accueil/,
  },
  {
    what: 'cancelled',
    code: appointmentRefs.cancelled.bookingCode,
    title: 'Ce rendez-vous a été annulé',
    text: /reprendre rendez-vous/,
  },
  {
    what: 'another day',
    code: appointmentRefs.tomorrow.bookingCode,
    title: 'Votre rendez-vous n’est pas aujourd’hui',
    text: /Il est prévu le \p{L}+ \d+ \p{L}+\. Revenez ce jour-là\./u,
  },
  {
    what: 'unknown',
    code: 'ZZZZZZ',
    title: 'Nous ne trouvons pas ce rendez-vous',
    text: /Vérifiez le code/,
  },
];

for (const refusal of refusals) {
  test(`an appointment ${refusal.what} is refused in plain words, with what to do next`, async ({
    kiosk,
  }) => {
    await kiosk.open(world().kioskUrl());
    await kiosk.start();
    await kiosk.chooseAppointment();
    await kiosk.typeCodeOnScreen(refusal.code);
    await kiosk.expectScreen('check-in-outcome');
    await expect(kiosk.heading).toHaveText(refusal.title);
    await expect(kiosk.page.getByTestId('outcome-text')).toHaveText(refusal.text);
  });
}

test('an appointment already checked in says which ticket to keep', async ({ kiosk }) => {
  const checkedIn = await world().api<{ events: { type: string; number?: string }[] }>(
    'POST',
    '/api/v1/appointment/check-in',
    { reference: appointmentRefs.already.bookingCode, channel: 'kiosk' },
    world().kioskToken,
  );
  const number = checkedIn.body.events.find((e) => e.type === 'ticket:issued')?.number;
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseAppointment();
  await kiosk.typeCodeOnScreen(appointmentRefs.already.bookingCode);
  await kiosk.expectScreen('check-in-outcome');
  await expect(kiosk.heading).toHaveText('Votre arrivée est déjà enregistrée');
  await expect(kiosk.page.getByTestId('outcome-text')).toContainText(`Gardez le ticket ${number}`);
});

test('a mistyped code gets a format hint and the visitor can try again', async ({ kiosk }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseAppointment();
  await kiosk.typeCodeOnScreen('AB1');
  await expect(kiosk.problem).toHaveText(/Un code de réservation a 6 caractères/);
  await kiosk.expectScreen('check-in');
});

const hostileScans = [
  { what: 'markup', text: '<img src=x onerror=alert(1)>', message: /pas une convocation/ },
  { what: 'a forged QR code', text: 'ACCUEIL:RDV:../../etc/passwd', message: /abîmé ou illisible/ },
  { what: 'a 10 KB line', text: 'A'.repeat(10_000), message: /pas une convocation/ },
  { what: 'control characters', text: 'K7M\u001b[2JPQ', message: /pas une convocation/ },
  { what: 'someone’s data', text: 'Jean Dupont 0612345678', message: /pas une convocation/ },
];

for (const scan of hostileScans) {
  test(`a serial scan of ${scan.what} is refused without showing what was read`, async ({
    kiosk,
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await kiosk.open(world().kioskUrl());
    await world().scan(scan.text);
    await kiosk.expectScreen('check-in');
    await expect(kiosk.problem).toHaveText(scan.message);
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('Dupont');
    expect(body).not.toContain('passwd');
    expect(body).not.toContain('onerror');
    expect(dialogs).toEqual([]);
  });
}

test('a wedge scan that is not a code is refused the same way', async ({ kiosk }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.wedgeScan('ACCUEIL:RDV:NOT-A-TOKEN');
  await kiosk.expectScreen('check-in');
  await expect(kiosk.problem).toHaveText(/abîmé ou illisible/);
});
