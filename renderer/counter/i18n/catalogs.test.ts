import { describe, expect, it } from 'vitest';
import { alertKinds } from '../../../shared/domain/alert';
import { languages, languagesFor } from '../../../shared/i18n/languages';
import { catalogProblems } from '../../common/i18n/catalog-problems';
import { shortcutActions } from '../logic/shortcuts';
import { counterI18n } from '.';
import en from './messages/en.json';
import fr from './messages/fr.json';

describe('counter console catalogs', () => {
  it('exist for the languages the console offers', () => {
    expect(languagesFor('counter')).toEqual(['fr', 'en']);
  });

  it('names every kind of alert the hub raises', () => {
    const keys = Object.keys(fr);
    expect(alertKinds.filter((kind) => !keys.includes(`alerts.kind.${kind}`))).toEqual([]);
  });

  it('explains every keyboard shortcut in the help', () => {
    const keys = Object.keys(fr);
    expect(shortcutActions.filter((action) => !keys.includes(`help.action.${action}`))).toEqual([]);
    expect(counterI18n.t('help.action.complaint', {}, 'en')).toBe('Record a visitor’s complaint');
  });

  it('en says everything French says, with the same placeholders and plural forms', () => {
    expect(catalogProblems(fr, fr, languages.fr.locale)).toEqual([]);
    expect(catalogProblems(fr, en, languages.en.locale)).toEqual([]);
  });

  it('says counts in each language’s plural forms: 0, 1, 2, 3, 11 and 100', () => {
    const say = (language: 'fr' | 'en') =>
      [0, 1, 2, 3, 11, 100].map((count) => counterI18n.t('report.reprints', { count }, language));
    expect(say('fr')).toEqual([
      'aucun ticket réimprimé',
      '1 ticket réimprimé',
      '2 tickets réimprimés',
      '3 tickets réimprimés',
      '11 tickets réimprimés',
      '100 tickets réimprimés',
    ]);
    expect(say('en')).toEqual([
      'no ticket reprinted',
      '1 ticket reprinted',
      '2 tickets reprinted',
      '3 tickets reprinted',
      '11 tickets reprinted',
      '100 tickets reprinted',
    ]);
  });
});
