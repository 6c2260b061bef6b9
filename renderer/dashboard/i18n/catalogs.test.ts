import { describe, expect, it } from 'vitest';
import { alertKinds } from '../../../shared/domain/alert';
import { languages, languagesFor } from '../../../shared/i18n/languages';
import { catalogProblems } from '../../common/i18n/catalog-problems';
import { dashboardI18n } from '.';
import en from './messages/en.json';
import fr from './messages/fr.json';

describe('dashboard catalogs', () => {
  it('exist for the languages the dashboard offers', () => {
    expect(languagesFor('dashboard')).toEqual(['fr', 'en']);
  });

  it('names every kind of alert the hub raises', () => {
    const keys = Object.keys(fr);
    expect(alertKinds.filter((kind) => !keys.includes(`alerts.kind.${kind}`))).toEqual([]);
  });

  it('en says everything French says, with the same placeholders and plural forms', () => {
    expect(catalogProblems(fr, fr, languages.fr.locale)).toEqual([]);
    expect(catalogProblems(fr, en, languages.en.locale)).toEqual([]);
  });

  it('says counts in each language’s plural forms', () => {
    const say = (language: 'fr' | 'en') =>
      [0, 1, 2, 11].map((count) => dashboardI18n.t('alarm.waiting', { count }, language));
    expect(say('fr')).toEqual([
      'aucune alerte à prendre en compte',
      '1 alerte à prendre en compte',
      '2 alertes à prendre en compte',
      '11 alertes à prendre en compte',
    ]);
    expect(say('en')).toEqual([
      'no alert to acknowledge',
      '1 alert to acknowledge',
      '2 alerts to acknowledge',
      '11 alerts to acknowledge',
    ]);
  });
});
