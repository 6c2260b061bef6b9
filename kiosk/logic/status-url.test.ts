import { describe, expect, it } from 'vitest';
import { qrPayloadSchema } from '../../shared/print/content';
import { isStatusOrigin, statusUrl } from './status-url';

const token = 'Zk3v9QmP1xYb2Lw8Tn4Rcg';

describe('statusUrl', () => {
  it('puts the token in the fragment of the status page under the public origin', () => {
    expect(statusUrl('https://accueil.ville.example.fr/', token)).toBe(
      `https://accueil.ville.example.fr/status/#t=${token}`,
    );
    expect(statusUrl('http://192.168.1.20:8080', token)).toBe(
      `http://192.168.1.20:8080/status/#t=${token}`,
    );
    expect(qrPayloadSchema.parse(statusUrl('http://hub.local', token))).toBeTruthy();
  });

  it('leaves the bare token when the origin cannot be carried by a QR code', () => {
    expect(statusUrl('http://[::1]:8080', token)).toBe(token);
  });
});

describe('isStatusOrigin', () => {
  it('accepts http(s) origins, refuses anything else', () => {
    expect(isStatusOrigin('https://accueil.ville.example.fr')).toBe(true);
    expect(isStatusOrigin('https://accueil.ville.example.fr/')).toBe(true);
    expect(isStatusOrigin('http://10.0.0.5:8080')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'https://user@ville.example.fr',
      'https://ville.example.fr/accueil',
      'https://ville.example.fr/?q=1',
      'https://ville.example.fr/#x',
      'ftp://ville.example.fr',
      'https://ville example.fr',
      'http://[::1]:8080',
    ])
      expect(isStatusOrigin(bad), bad).toBe(false);
  });
});
