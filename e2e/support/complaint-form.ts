import { expect, type Locator } from '@playwright/test';
import { dateFormats } from '../../renderer/common/i18n/date-formats';
import { languages } from '../../shared/i18n/languages';
import { testTimeZone } from './midday-zone';

// The complaint form as an agent or a manager fills it (the same component in the counter
// console and the dashboard), by its labels in French (or English); and instants written
// as the apps write them (their named `dayTime` format, in the site's zone), never typed
// by hand.

/** An instant as the staff apps show it: "lundi 21 décembre 11:40" in the test zone. */
export function siteTime(at: number, language: 'fr' | 'en' = 'fr'): string {
  return new Intl.DateTimeFormat(languages[language].locale, {
    ...dateFormats.dayTime,
    timeZone: testTimeZone,
  }).format(at);
}

/** Any of the times a minute either side of `at` (a deadline shown while the clock runs). */
export function aroundTime(at: number, language: 'fr' | 'en' = 'fr'): string {
  return [at - 60_000, at, at + 60_000].map((t) => escapeRegExp(siteTime(t, language))).join('|');
}

export interface ComplaintEntry {
  /** The option labels as shown: "Par courrier", "État civil", "Attente". */
  channel?: string;
  service?: string;
  category?: string;
  reference?: string;
  answerDays?: string;
}

const labels = {
  fr: {
    channel: 'Reçue par',
    service: 'Service concerné',
    category: 'Sujet',
    reference: 'Référence au registre (facultatif)',
    answerDays: 'Délai de réponse, en jours',
    submit: 'Enregistrer la réclamation',
  },
  en: {
    channel: 'Received by',
    service: 'Service concerned',
    category: 'Subject',
    reference: 'Register reference (optional)',
    answerDays: 'Days to answer',
    submit: 'Record the complaint',
  },
} as const;

export class ComplaintForm {
  private readonly labels;

  constructor(
    readonly root: Locator,
    language: 'fr' | 'en' = 'fr',
  ) {
    this.labels = labels[language];
  }

  get channel(): Locator {
    return this.root.getByLabel(this.labels.channel, { exact: true });
  }
  get service(): Locator {
    return this.root.getByLabel(this.labels.service, { exact: true });
  }
  get category(): Locator {
    return this.root.getByLabel(this.labels.category, { exact: true });
  }
  get reference(): Locator {
    return this.root.getByLabel(this.labels.reference, { exact: true });
  }
  get answerDays(): Locator {
    return this.root.getByLabel(this.labels.answerDays, { exact: true });
  }
  get deadline(): Locator {
    return this.root.getByTestId('complaint-deadline');
  }
  get recorded(): Locator {
    return this.root.getByTestId('complaint-recorded');
  }

  async fill(entry: ComplaintEntry): Promise<void> {
    if (entry.channel) await this.channel.selectOption({ label: entry.channel });
    if (entry.service) await this.service.selectOption({ label: entry.service });
    if (entry.category) await this.category.selectOption({ label: entry.category });
    if (entry.reference !== undefined) await this.reference.fill(entry.reference);
    if (entry.answerDays !== undefined) await this.answerDays.fill(entry.answerDays);
  }

  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: this.labels.submit }).click();
  }

  /** The refusal shown under a field (its accessible description says it too). */
  async expectRefused(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message), 'u'));
    await expect(field).toBeFocused();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
