import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../../../shared/demo/demo-site';
import type { NavigationRefusal } from '../policy/navigation';
import { checkPortalMove, portalAllowlist, shownHost, type PortalMove } from './portal-navigation';

const portals = demoSiteConfig().eservices?.portals ?? [];
const portal = (id: string) => {
  const found = portals.find((p) => p.id === id);
  if (!found) throw new Error(`no demo portal ${id}`);
  return portalAllowlist(found);
};
const moves: PortalMove[] = ['navigate', 'redirect', 'frame', 'window-open'];

describe("the locked browser's navigation rules", () => {
  // Real addresses of each portal and of its sign-in round trip through FranceConnect.
  it.each<[string, string]>([
    ['town', 'https://www.issy.com/demarches'],
    ['service-public', 'https://www.service-public.fr/particuliers/vosdroits/N358'],
    [
      'service-public',
      'https://app.franceconnect.gouv.fr/api/v1/authorize?response_type=code&client_id=x&redirect_uri=https%3A%2F%2Fwww.service-public.fr%2Fcallback&scope=openid&state=s&nonce=n',
    ],
    [
      'service-public',
      'https://oidc.franceconnect.gouv.fr/api/v2/authorize?response_type=code&scope=openid',
    ],
    ['ants', 'https://moncompte.ants.gouv.fr/connexion'],
    [
      'ants',
      'https://passeport.ants.gouv.fr/demarches-en-ligne/realiser-une-pre-demande-de-passeport',
    ],
    ['ants', 'https://idp.impots.gouv.fr/LoginAccess?op=c'],
    ['caf', 'https://wwwd.caf.fr/wps/portal/caffr/login'],
    ['impots', 'https://cfspart.impots.gouv.fr/LoginAccess?op=c&url=aHR0cHM6Ly9jZnNwYXJ0'],
    ['ameli', 'https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_somtc=true'],
    ['ameli', 'https://fc.assure.ameli.fr/FRCO-app/login'],
    ['ameli', 'https://WWW.AMELI.FR/assure'],
    ['ameli', 'https://www.ameli.fr:443/assure'],
  ])('lets %s reach %s on every kind of move', (id, url) => {
    const allowed = portal(id);
    for (const move of moves)
      expect(checkPortalMove(url, allowed, move), move).toEqual({ allow: true });
  });

  it.each<[string, NavigationRefusal, string]>([
    ['http://www.caf.fr/', 'scheme', 'www.caf.fr'],
    ['file:///etc/passwd', 'scheme', 'file:'],
    ['javascript:alert(document.cookie)', 'scheme', 'javascript:'],
    ['data:text/html,<h1>Connexion</h1>', 'scheme', 'data:'],
    ['blob:https://www.caf.fr/4d2c1c5e', 'scheme', 'blob:'],
    ['about:blank', 'scheme', 'about:'],
    ['app://accueil/kiosk/', 'origin', 'accueil'],
    ['chrome://settings', 'scheme', 'settings'],
    ['wss://www.caf.fr/', 'scheme', 'www.caf.fr'],
    // Look-alikes and neighbours.
    ['https://www.caf.fr.evil.example/', 'origin', 'www.caf.fr.evil.example'],
    ['https://wwwcaf.fr/', 'origin', 'wwwcaf.fr'],
    ['https://caf.fr/', 'origin', 'caf.fr'],
    ['https://www.caf.fr./', 'origin', 'www.caf.fr.'],
    ['https://www.caf.fr:8443/', 'origin', 'www.caf.fr'],
    ['https://www.cаf.fr/', 'origin', 'www.xn--cf-7kc.fr'], // Cyrillic "а", shown as punycode
    ['https://xn--www-caf-9za.fr/', 'origin', 'xn--www-caf-9za.fr'],
    ['https://www.google.com/search?q=caf', 'origin', 'www.google.com'],
    [
      'https://franceconnect.gouv.fr.evil.example/api/v1/authorize',
      'origin',
      'franceconnect.gouv.fr.evil.example',
    ],
    ['https://evil.example/?next=https://www.caf.fr/', 'origin', 'evil.example'],
    // User-info tricks.
    ['https://www.caf.fr@evil.example/', 'credentials', 'evil.example'],
    ['https://www.caf.fr%40evil.example@evil.example/', 'credentials', 'evil.example'],
    ['https://visitor:secret@www.caf.fr/', 'credentials', 'www.caf.fr'],
    ['not an address', 'unparsable', ''],
  ])('refuses %s at the top level (%s), showing %s', (url, reason, host) => {
    const allowed = portal('caf');
    for (const move of ['navigate', 'redirect', 'window-open'] as const)
      expect(checkPortalMove(url, allowed, move), move).toMatchObject({
        allow: false,
        reason,
        host,
      });
  });

  it("lets a page's frames be blank, srcdoc or its own blob:, and nothing else outside", () => {
    const allowed = portal('caf');
    expect(checkPortalMove('about:blank', allowed, 'frame')).toEqual({ allow: true });
    expect(checkPortalMove('about:srcdoc', allowed, 'frame')).toEqual({ allow: true });
    expect(checkPortalMove('blob:https://wwwd.caf.fr/6f1e', allowed, 'frame')).toEqual({
      allow: true,
    });
    for (const url of [
      'blob:https://evil.example/6f1e',
      'data:text/html,x',
      'https://ads.example/',
      'javascript:1',
    ])
      expect(checkPortalMove(url, allowed, 'frame').allow, url).toBe(false);
  });

  it('does not let a portal be configured with a non-https or non-canonical origin', () => {
    expect(() => portalAllowlist({ id: 'x', origins: ['app://accueil'] })).toThrow(/https/);
    expect(() => portalAllowlist({ id: 'x', origins: ['https://WWW.caf.fr'] })).toThrow(
      /canonical/,
    );
    expect(() => portalAllowlist({ id: 'x', origins: ['https://www.caf.fr/path'] })).toThrow(
      /canonical/,
    );
  });

  it('shows a host as the parser reads it', () => {
    expect(shownHost('https://a@b.example/')).toBe('b.example');
    expect(shownHost('::')).toBe('');
  });
});
