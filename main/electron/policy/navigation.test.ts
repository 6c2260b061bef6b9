import { describe, expect, it } from 'vitest';
import { checkNavigation, normaliseOrigins, type NavigationRefusal } from './navigation';

const allowed = normaliseOrigins(['app://accueil', 'https://hub.mairie.example:8443']);

describe('the navigation rules', () => {
  it.each([
    ['app://accueil/kiosk/index.html', 'app://accueil'],
    ['app://ACCUEIL/counter/#token=x', 'app://accueil'],
    ['https://hub.mairie.example:8443/kiosk/', 'https://hub.mairie.example:8443'],
    ['https://HUB.mairie.example:8443/a?b#c', 'https://hub.mairie.example:8443'],
    // A backslash is a slash to the URL parser (and to Chromium): still the hub.
    ['https://hub.mairie.example:8443\\@evil.example/', 'https://hub.mairie.example:8443'],
  ])('allows %s', (url, origin) => {
    expect(checkNavigation(url, allowed)).toEqual({ allow: true, origin });
  });

  it.each<[string, NavigationRefusal]>([
    ['file:///etc/passwd', 'scheme'],
    ['file://accueil/kiosk/index.html', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['blob:app://accueil/0b3c', 'scheme'],
    ['about:blank', 'scheme'],
    ['view-source:app://accueil/kiosk/', 'scheme'],
    ['chrome://gpu', 'scheme'],
    ['devtools://devtools/bundled/inspector.html', 'scheme'],
    ['http://hub.mairie.example:8443/', 'scheme'],
    ['ftp://hub.mairie.example/', 'scheme'],
    // Look-alikes: suffixes, prefixes, another port, homoglyphs (punycode), a trailing dot.
    ['https://hub.mairie.example.evil.example:8443/', 'origin'],
    ['https://evilhub.mairie.example:8443/', 'origin'],
    ['https://hub-mairie.example:8443/', 'origin'],
    ['https://hub.mairie.example/', 'origin'],
    ['https://hub.mairie.example:8444/', 'origin'],
    ['https://hub.mairiе.example:8443/', 'origin'], // Cyrillic "е"
    ['https://hub.mairie.example.:8443/', 'origin'],
    ['app://accueil.evil/kiosk/', 'origin'],
    ['app://other/kiosk/', 'origin'],
    // User-info tricks.
    ['https://hub.mairie.example:8443@evil.example/', 'credentials'],
    ['https://evil.example@hub.mairie.example:8443/', 'credentials'],
    ['https://a:b@hub.mairie.example:8443/', 'credentials'],
    ['https://hub.mairie.example%3A8443@evil.example/', 'credentials'],
    // Not URLs at all, or no host.
    ['', 'unparsable'],
    ['/kiosk/', 'unparsable'],
    ['https://', 'unparsable'],
    ['app:kiosk/index.html', 'unparsable'],
  ])('refuses %s (%s)', (url, reason) => {
    const verdict = checkNavigation(url, allowed);
    expect(verdict).toMatchObject({ allow: false, reason });
    expect(verdict.allow || verdict.message.length > 0).toBe(true);
  });

  it('refuses to allow an origin that is not app: or https:, or that carries a user name', () => {
    expect(() => normaliseOrigins(['http://hub.local'])).toThrow(/app: or https:/);
    expect(() => normaliseOrigins(['https://me@hub.local'])).toThrow(/user name/);
    expect(() => normaliseOrigins(['not a url'])).toThrow();
  });
});
