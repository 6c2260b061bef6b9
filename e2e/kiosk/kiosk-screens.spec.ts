import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';
import type { KioskPage } from '../support/kiosk-page';

// Every screen and dialog, in French and in Arabic (right to left): axe-core finds no
// WCAG 2.1 AA violation on any of them, and each is saved as a screenshot to look at.

const world = useKioskWorld();

async function look(kiosk: KioskPage, language: string, name: string) {
  await kiosk.expectAccessible(`${name} (${language})`);
  await kiosk.screenshot(`${language}-${name}`);
}

for (const language of ['fr', 'ar'] as const) {
  test(`every screen in ${language} passes axe-core and is captured`, async ({ kiosk, page }) => {
    await kiosk.open(world().kioskUrl());
    if (language !== 'fr') await kiosk.chooseLanguage(language);
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    await look(kiosk, language, '01-attract');

    await kiosk.start();
    await look(kiosk, language, '02-home');

    await page.getByTestId('open-language').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await look(kiosk, language, '03-language-dialog');
    await kiosk.closeDialog();

    await kiosk.openAccessibility();
    await kiosk.toggleMode('audio');
    await look(kiosk, language, '04-accessibility-dialog');
    await kiosk.toggleMode('audio');
    await kiosk.closeDialog();

    await kiosk.chooseAppointment();
    await look(kiosk, language, '05-check-in');
    await kiosk.typeCodeOnScreen('ZZZ');
    await expect(kiosk.problem).toBeVisible();
    await look(kiosk, language, '06-check-in-bad-code');
    await page.getByTestId('code-input').fill('');
    await kiosk.typeCodeOnScreen('ZZZZZZ');
    await kiosk.expectScreen('check-in-outcome');
    await look(kiosk, language, '07-check-in-not-found');
    await kiosk.goHome();

    await kiosk.chooseTicket();
    await kiosk.expectScreen('categories');
    await look(kiosk, language, '08-categories');
    await kiosk.chooseCategory('reception');
    await look(kiosk, language, '09-services');
    await kiosk.chooseService('courrier');
    await kiosk.expectScreen('documents');
    await look(kiosk, language, '10-documents');
    await kiosk.continueFromDocuments();
    await expect(page.getByTestId('documents-advice')).toBeVisible();
    await look(kiosk, language, '11-documents-advice');
    await kiosk.continueFromDocuments();
    await kiosk.expectScreen('priority');
    await look(kiosk, language, '12-priority');
    await kiosk.answerPriority(false);
    await look(kiosk, language, '13-ticket-choice');
    await kiosk.choosePaperless();
    await look(kiosk, language, '14-ticket-paperless');
    await kiosk.finish();

    if (language !== 'fr') await kiosk.chooseLanguage(language);
    await kiosk.start();
    await kiosk.takeWalkInTicket('reception', 'iris');
    await kiosk.printTicket();
    await look(kiosk, language, '15-ticket-printed');
    await kiosk.finish();

    if (language !== 'fr') await kiosk.chooseLanguage(language);
    await kiosk.start();
    await kiosk.chooseTicket();
    await kiosk.chooseCategory('papers');
    await kiosk.chooseService('cni');
    await kiosk.expectScreen('unavailable');
    await look(kiosk, language, '16-unavailable-appointment-only');
    await kiosk.goHome();

    await kiosk.chooseEServices();
    await page.getByTestId('portal-ants').click();
    await expect(page.getByTestId('portal-qr')).toBeVisible();
    await look(kiosk, language, '17-eservices-qr');
    await kiosk.goHome();

    await kiosk.askForHelp();
    await expect(page.getByTestId('help-sent')).toBeVisible();
    await look(kiosk, language, '18-help');
  });
}
