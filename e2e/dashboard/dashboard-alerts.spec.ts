import { expect, test } from '../site/support/site-fixtures';
import { DashboardPage } from './support/dashboard-page';

// Alerts are seen, heard and acknowledged once for everyone: a kiosk's call for help
// reaches two dashboards, sounds on both, one manager acknowledges it and it leaves the
// other; a printer out of paper shows in the fleet and the alerts, and clears by itself.

test('a kiosk asks for help: two dashboards show and sound it, one acknowledges for both', async ({
  browser,
  site,
  kiosk,
}) => {
  const chef = await DashboardPage.open(browser, site.url);
  const admin = await DashboardPage.open(browser, site.url);
  await chef.signIn('chef');
  await admin.signIn('admin');
  await chef.go('alerts');
  await admin.go('alerts');
  await expect(chef.page.getByTestId('no-alert')).toBeVisible();

  await kiosk.start();
  await kiosk.askForHelp();

  for (const dashboard of [chef, admin]) {
    await expect(dashboard.alert('help-requested')).toBeVisible();
    await expect(dashboard.alert('help-requested')).toContainText('Borne du hall');
    await expect(dashboard.page.getByTestId('alarm-bar')).toHaveAttribute('data-sound', 'alert');
    // The sound plays (Web Audio running, tones played), and repeats until acknowledged.
    await expect.poll(async () => (await dashboard.sound()).played).toBeGreaterThanOrEqual(2);
    expect((await dashboard.sound()).context).toBe('running');
  }
  await chef.screenshot('alerts-help');

  await chef.acknowledge('help-requested');
  for (const dashboard of [chef, admin]) {
    await expect(dashboard.alert('help-requested')).toBeHidden();
    await expect(dashboard.page.getByTestId('closed-alerts')).toContainText(
      /prise en compte par chef/u,
    );
    await expect.poll(async () => (await dashboard.sound()).sounding).toBe('none');
  }
  const played = (await admin.sound()).played;
  await admin.page.waitForTimeout(4500);
  expect((await admin.sound()).played, 'no more tones once acknowledged').toBe(played);
  await admin.screenshot('alerts-acknowledged');
  await chef.close();
  await admin.close();
});

test('an alert raised while no dashboard is open shows as soon as one opens', async ({
  browser,
  site,
  kiosk,
}) => {
  await kiosk.start();
  await kiosk.askForHelp();
  const chef = await DashboardPage.open(browser, site.url);
  await chef.signIn('chef');
  await expect(chef.page.getByTestId('alarm-bar')).toContainText('1 alerte à prendre en compte');
  await chef.go('alerts');
  await expect(chef.alert('help-requested')).toBeVisible();
  // Muted: this dashboard stops sounding while the alert stays.
  await chef.page.getByTestId('mute').click();
  await expect.poll(async () => (await chef.sound()).muted).toBe(true);
  await expect(chef.alert('help-requested')).toBeVisible();
  await chef.close();
});

test('paper out at the kiosk: the fleet and the alerts show it within 2 s, and clear when paper is back', async ({
  browser,
  site,
  kiosk,
}) => {
  const devices = site.devices;
  if (!devices?.virtualPrinter) throw new Error('the site has no virtual printer');
  await kiosk.start();
  const admin = await DashboardPage.open(browser, site.url);
  await admin.signIn('admin');
  await admin.go('fleet');
  await expect(admin.device('Borne du hall')).toBeVisible();

  await devices.virtualPrinter.setCondition({ paperOut: true });
  await expect(admin.device('Borne du hall')).toContainText('plus de papier', { timeout: 2000 });
  await expect(admin.page.getByTestId('alarm-bar')).toBeVisible({ timeout: 2000 });
  await admin.screenshot('fleet-paper-out');
  await admin.go('alerts');
  await expect(admin.alert('printer-unavailable')).toBeVisible();

  await devices.virtualPrinter.setCondition({ paperOut: false });
  await expect(admin.alert('printer-unavailable')).toBeHidden({ timeout: 2000 });
  await admin.go('fleet');
  await expect(admin.device('Borne du hall')).toContainText('prête', { timeout: 2000 });
  await admin.close();
});

test('a service crosses its target: two dashboards show and sound it, and it clears once its queue is called', async ({
  browser,
  site,
}) => {
  await site.admin.command('counter:open', { counterId: 'g1', agentId: 'ag1', services: ['iris'] });
  const chef = await DashboardPage.open(browser, site.url);
  const admin = await DashboardPage.open(browser, site.url);
  await chef.signIn('chef');
  await admin.signIn('admin');
  await chef.go('alerts');
  await admin.go('alerts');
  const first = await site.issueAtKiosk('iris');
  const second = await site.issueAtKiosk('iris');
  await expect(chef.page.getByTestId('no-alert')).toBeVisible();

  // Information's target is 10 minutes: 11 minutes on the hub's clock, and its condition
  // check (every 5 s) raises the alert for the service.
  site.advanceClock(11 * 60_000);
  for (const dashboard of [chef, admin]) {
    await expect(dashboard.alert('service-over-target')).toBeVisible({ timeout: 10_000 });
    await expect(dashboard.alert('service-over-target')).toContainText(
      /Service au-delà de l’objectif/u,
    );
    await expect(dashboard.alert('service-over-target')).toContainText('Information');
    await expect(dashboard.page.getByTestId('alarm-bar')).toHaveAttribute('data-sound', 'alert');
    await expect.poll(async () => (await dashboard.sound()).played).toBeGreaterThanOrEqual(1);
  }
  await chef.screenshot('alerts-service-over-target');

  // The counter calls both tickets: nobody waits over the target, the alert clears itself
  // (the jump of the hub's clock leaves others, such as the kiosk's silence: they stay).
  for (const ticket of [first, second]) {
    await site.admin.command('counter:call-ticket', { counterId: 'g1', ticketId: ticket.ticketId });
    await site.admin.command('ticket:start', { ticketId: ticket.ticketId });
    await site.admin.command('ticket:finish', { ticketId: ticket.ticketId, outcome: 'answered' });
  }
  for (const dashboard of [chef, admin]) {
    await expect(dashboard.alert('service-over-target')).toBeHidden({ timeout: 10_000 });
    await expect(dashboard.page.getByTestId('closed-alerts')).toContainText(
      /Service au-delà de l’objectif/u,
    );
  }
  await chef.close();
  await admin.close();
});

test('an alert nobody acknowledges escalates: a second sound on the dashboard, and first on every counter console', async ({
  browser,
  site,
  kiosk,
  openConsole,
}) => {
  const chef = await DashboardPage.open(browser, site.url);
  await chef.signIn('chef');
  const agent = await openConsole({ devices: false });
  await agent.startSession('ag1', 'Guichet 1');
  await kiosk.start();
  await kiosk.askForHelp();
  await expect(agent.page.getByTestId('alerts')).toContainText('Un visiteur demande de l’aide');
  await expect(agent.page.getByTestId('alert-escalated')).toHaveCount(0);
  await expect(chef.page.getByTestId('alarm-bar')).toHaveAttribute('data-sound', 'alert');

  // Unacknowledged past the site's escalation delay (5 minutes) on the hub's clock.
  site.advanceClock(6 * 60_000);
  await expect(chef.page.getByTestId('alarm-bar')).toHaveAttribute('data-sound', 'escalated', {
    timeout: 10_000,
  });
  const help = agent.page.locator('[data-kind="help-requested"]');
  await expect(help.getByTestId('alert-escalated')).toHaveText(/Relancée/u);
  await expect(help).toContainText('Personne ne l’a encore prise en compte.');
  await expect(agent.page.locator('.alert').first()).toHaveAttribute('data-escalated', 'true');
  await agent.page.screenshot({ path: '.test-results/screenshots/console-alert-escalated.png' });

  await chef.go('alerts');
  await chef.acknowledge('help-requested');
  await expect(help.getByTestId('alert-escalated')).toHaveCount(0);
  await expect.poll(async () => (await chef.sound()).sounding).not.toBe('escalated');
  await chef.close();
});
