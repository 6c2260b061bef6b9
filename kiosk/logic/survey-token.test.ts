import { describe, expect, it } from 'vitest';
import { statusUrl } from './status-url';
import { surveyTokenOf } from './survey-token';

describe('the ticket a survey scan names', () => {
  const token = 'Ab3_x-9ZqLmN0pQrStUv';
  it('reads the token from a ticket’s QR code, or a bare token', () => {
    expect(surveyTokenOf(statusUrl('https://accueil.ville.fr', token))).toBe(token);
    expect(surveyTokenOf(`  ${token}\n`)).toBe(token);
  });
  it('refuses what is not a ticket', () => {
    expect(surveyTokenOf('ACCUEIL:RDV:NOT-A-TOKEN')).toBeNull();
    expect(surveyTokenOf('https://evil.example/status/#t=<script>')).toBeNull();
    expect(surveyTokenOf('https://accueil.ville.fr/other/#t=' + token)).toBeNull();
    expect(surveyTokenOf('short')).toBeNull();
  });
});
