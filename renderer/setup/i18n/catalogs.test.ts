import { describe, expect, it } from 'vitest';
import { languages } from '../../../shared/i18n/languages';
import { catalogProblems } from '../../common/i18n/catalog-problems';
import en from './messages/en.json';
import fr from './messages/fr.json';

describe('the setup screens’ catalogs', () => {
  it('en says everything French says, with the same placeholders', () => {
    expect(catalogProblems(fr, fr, languages.fr.locale)).toEqual([]);
    expect(catalogProblems(fr, en, languages.en.locale)).toEqual([]);
  });

  it('name every error code the setup and admin channels declare', async () => {
    const { appChannels } = await import('../../../shared/ipc/app-channels');
    const { errorKey } = await import('../logic/message-keys');
    const codes = new Set(
      Object.entries(appChannels)
        .filter(([name]) => /^(setup|admin):/.test(name))
        .flatMap(([, spec]) => spec.errors),
    );
    for (const code of codes) expect(errorKey(code), code).not.toBe('error.other');
  });
});
