import { describe, expect, it } from 'vitest';
import { announcementText, announcementTexts } from './announcement';

const call = { number: 'A042', counterLabel: 'Guichet 3', recall: false };

describe('announcementText', () => {
  it('says a call in French with the number and the counter in words', () => {
    expect(announcementText(call, 'fr')).toEqual({
      language: 'fr',
      text: 'Numéro A 42, guichet 3',
      speech: 'Numéro a quarante-deux, guichet trois',
    });
  });

  it('phrases a recall as a recall', () => {
    expect(announcementText({ ...call, recall: true }, 'fr')).toMatchObject({
      text: 'Rappel : numéro A 42, guichet 3',
      speech: 'Rappel : numéro a quarante-deux, guichet trois',
    });
    expect(announcementText({ ...call, recall: true }, 'en').text).toBe(
      'Calling again: number A 42, counter 3',
    );
  });

  it('says a counter with a number and a letter, and two-letter prefixes letter by letter', () => {
    expect(
      announcementText({ number: 'BC007', counterLabel: 'Bureau 12 B', recall: false }, 'fr'),
    ).toMatchObject({
      text: 'Numéro BC 7, bureau 12 B',
      speech: 'Numéro bé cé sept, bureau douze bé',
    });
    expect(
      announcementText({ number: 'A100', counterLabel: 'Bureau 12B', recall: false }, 'es').speech,
    ).toBe('Número a cien, despacho doce be');
  });

  it('translates the usual counter words and keeps any other name as it is', () => {
    expect(announcementText(call, 'en').speech).toBe('Number A-forty-two, counter three');
    expect(announcementText(call, 'es').speech).toBe('Número a cuarenta y dos, ventanilla tres');
    expect(announcementText(call, 'pt').speech).toBe('Número á quarenta e dois, balcão três');
    expect(announcementText(call, 'uk').speech).toBe('Номер ей сорок два, віконце три');
    expect(announcementText(call, 'ar')).toMatchObject({
      text: 'الرقم A 42، الشباك 3',
      speech: 'الرقم إيه اثنان وأربعون، الشباك ثلاثة',
    });
    expect(
      announcementText({ number: 'A001', counterLabel: 'Espace Familles', recall: false }, 'fr'),
    ).toMatchObject({
      text: 'Numéro A 1, Espace Familles',
      speech: 'Numéro a un, Espace Familles',
    });
  });

  it('gives every configured language in order, French first', () => {
    expect(announcementTexts(call, ['fr', 'en', 'ar']).map((a) => a.language)).toEqual([
      'fr',
      'en',
      'ar',
    ]);
  });
});
