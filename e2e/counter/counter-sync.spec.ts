import { localDate } from '../../shared/engine';
import { testTimeZone } from '../support/midday-zone';
import { checkScreen, expect, test } from './support/fixtures';

test.describe('the central sync, in the manager’s report', () => {
  test.use({ siteOptions: { central: true } });

  test('a manager sees the backlog and the last error, sends now, sees refused visits and refreshes the appointments', async ({
    openConsole,
    site,
  }) => {
    const central = site.central!;
    await central.setFaults({ errorRate: 1, errorStatus: 503 });
    await site.serveVisit('etat-civil');
    // The worker tried once and now waits ten minutes before trying again.
    await expect
      .poll(async () => (await site.admin.syncStatus()).consecutiveFailures)
      .toBeGreaterThan(0);

    const manager = await openConsole();
    await manager.signIn('chef');
    await manager.page.getByRole('button', { name: 'Rapport du jour' }).click();
    await manager.expectScreen('report');
    const sync = manager.page.getByTestId('sync');
    await expect(sync.getByRole('heading', { name: 'Envoi au système central' })).toBeVisible();
    await expect(sync.getByTestId('sync-backlog')).toHaveText('1');
    await expect(sync.getByTestId('sync-phase')).toContainText('en échec, nouvel essai prévu');
    await expect(sync.getByTestId('sync-last-success')).toHaveText('jamais');
    await expect(sync.getByTestId('sync-last-error')).toContainText('503');
    await expect(sync.getByTestId('sync-last-error')).toContainText('1 échec de suite');
    await checkScreen(manager.page, 'report-sync-failing');

    // The central system is back: "send now" does not wait for the backoff.
    await central.setFaults({ errorRate: 0 });
    await sync.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect(sync.getByTestId('sync-backlog')).toHaveText('0');
    await expect(sync.getByTestId('sync-phase')).toHaveText('à jour');
    await expect(sync.getByTestId('sync-last-success')).toHaveText(/^\d\d:\d\d$/);
    expect(central.visitCount()).toBe(1);

    // A visit the central system refuses is quarantined and counted, never retried blindly.
    await central.setFaults({ refuseServiceCodes: ['etat-civil'] });
    await site.serveVisit('etat-civil');
    await expect.poll(async () => (await site.admin.syncStatus()).quarantined).toBe(1);
    await sync.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect(sync.getByTestId('sync-quarantined')).toHaveText('1');
    await expect(sync).toContainText('attendent un administrateur');

    // Appointments: one is cancelled at the central system; refreshing applies it now.
    const today = localDate(site.now(), testTimeZone);
    const booked = central.appointments(today).filter((a) => a.status === 'booked');
    expect(booked.length).toBeGreaterThan(0);
    central.cancelAppointment(booked[0]!.id);
    await sync.getByRole('button', { name: 'Actualiser les rendez-vous' }).click();
    const all = central.appointments(today);
    const cancelled = all.filter((a) => a.status === 'cancelled').length;
    await expect(sync.getByTestId('sync-appointments')).toHaveText(
      `${all.length} rendez-vous chargés (${cancelled} annulés).`,
    );
    expect(site.hub.context.authority.state.appointments[booked[0]!.id]?.status).toBe('cancelled');
    await sync.getByRole('button', { name: 'Actualiser les rendez-vous' }).click();
    await expect(sync.getByTestId('sync-appointments')).toHaveText(
      'Les rendez-vous du jour étaient déjà à jour.',
    );
    await checkScreen(manager.page, 'report-sync');
  });
});
