import { describe, expect, it } from 'vitest';
import { speechBodySchema } from '../contracts/speech';
import { speakableParts } from './speakable-text';

describe('speakableParts', () => {
  it('keeps a short text whole, with its words in any script', () => {
    expect(speakableParts('Votre numéro : A 042. Attente : environ 5 minutes.', 300)).toEqual([
      'Votre numéro : A 042. Attente : environ 5 minutes.',
    ]);
    expect(speakableParts('رقمك A 042', 300)).toEqual(['رقمك A 042']);
  });

  it('turns symbols and line breaks into spaces, and drops parts with nothing to say', () => {
    expect(speakableParts('Guichet 3 → 5 €\n\n<b>ok</b> ✓', 300)).toEqual(['Guichet 3 5 b ok /b']);
    expect(speakableParts(' ✓ → ', 300)).toEqual([]);
  });

  it('cuts at sentence ends, then between words, never over the limit', () => {
    const sentence = 'Une phrase de quelques mots.';
    const parts = speakableParts(Array.from({ length: 30 }, () => sentence).join(' '), 100);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(100);
      expect(part.endsWith('.')).toBe(true);
    }
    const long = speakableParts(`${'mot '.repeat(100)}fin`, 50);
    for (const part of long) expect(part.length).toBeLessThanOrEqual(50);
    expect(long.join(' ')).toBe(`${'mot '.repeat(100)}fin`);
    expect(speakableParts('x'.repeat(120), 50)).toEqual([
      'x'.repeat(50),
      'x'.repeat(50),
      'x'.repeat(20),
    ]);
  });

  it('gives parts the hub’s speech route accepts', () => {
    const screen =
      'Bienvenue ! 🙂 Prendre un ticket → État civil (CNI, passeport) : 12 min ± 3.\n'.repeat(20);
    for (const text of speakableParts(screen, 300))
      expect(speechBodySchema.safeParse({ language: 'fr', text }).success, text).toBe(true);
  });
});
