import { chromiumLaunchOptions } from '../support/chromium';
import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';

// A kiosk opened from `http://<hub on the LAN>` (a hub started with --insecure-lan): the
// page is not a secure context, so `crypto.randomUUID` does not exist there. Chromium
// counts localhost and 127.0.0.0/8 as secure, so a made-up LAN name is mapped onto the
// loopback hub instead.

const lanHost = 'kiosk.lan';

test.use({
  launchOptions: chromiumLaunchOptions(`--host-resolver-rules=MAP ${lanHost} 127.0.0.1`),
});

const world = useKioskWorld({ pageHost: lanHost });

interface StateAnswer {
  state: { tickets: Record<string, { number: string; channel: string; delivery?: string }> };
}

test('on a plain-HTTP LAN address (no secure context) a visitor still takes and prints a ticket', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  expect(new URL(page.url()).hostname).toBe(lanHost);
  // Read in the page (a string: the spec itself is compiled without the DOM's types).
  expect(await page.evaluate('window.isSecureContext')).toBe(false);
  expect(await page.evaluate('typeof crypto.randomUUID')).toBe('undefined');

  await kiosk.start();
  const number = await kiosk.takeWalkInTicket('reception', 'iris');
  expect(number).toMatch(/^A\d{3}$/);
  await kiosk.printTicket();
  expect(await world().printedTicket(number)).toContain('Votre numéro');
  const { body } = await world().api<StateAnswer>('GET', '/api/v1/state');
  const ticket = Object.values(body.state.tickets).find((t) => t.number === number);
  expect(ticket).toMatchObject({ channel: 'kiosk' });
  await kiosk.finish();
});
