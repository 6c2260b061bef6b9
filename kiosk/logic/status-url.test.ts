import { describe, expect, it } from 'vitest';
import { qrPayloadSchema } from '../../shared/print/content';
import { isStatusBase, statusUrl } from './status-url';

const token = 'Zk3v9QmP1xYb2Lw8Tn4Rcg';

describe('statusUrl', () => {
  it('puts the token in the fragment of the status page under the public base', () => {
    expect(statusUrl('https://www.ville.example.fr/accueil/', token)).toBe(
      `https://www.ville.example.fr/accueil/status/#t=${token}`,
    );
    expect(statusUrl('http://192.168.1.20:8080', token)).toBe(
      `http://192.168.1.20:8080/status/#t=${token}`,
    );
    expect(qrPayloadSchema.parse(statusUrl('http://hub.local', token))).toBeTruthy();
  });

  it('leaves the bare token when the base cannot be carried by a QR code', () => {
    expect(statusUrl('http://[::1]:8080', token)).toBe(token);
  });
});

describe('isStatusBase', () => {
  it('accepts http(s) origins and paths, refuses anything else', () => {
    expect(isStatusBase('https://www.ville.example.fr')).toBe(true);
    expect(isStatusBase('https://www.ville.example.fr/accueil/')).toBe(true);
    expect(isStatusBase('http://10.0.0.5:8080')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'https://user@ville.example.fr',
      'https://ville.example.fr/?q=1',
      'https://ville.example.fr/#x',
      'ftp://ville.example.fr',
      'https://ville example.fr',
    ])
      expect(isStatusBase(bad), bad).toBe(false);
  });
});
