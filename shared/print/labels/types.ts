import type { LanguageEntry } from '../../i18n/languages';

/** What a ticket or receipt prints in one language: its words, and the languages table's locale and direction. */
export type PrintLabels = PrintWords & Pick<LanguageEntry, 'locale' | 'direction'>;

/** The words a ticket or receipt prints, in one language. */
export interface PrintWords {
  yourNumber: string;
  peopleAhead: string;
  /** Said instead of "0 people ahead". */
  youAreNext: string;
  estimatedWait: string;
  waitMinutes: (minutes: number) => string;
  waitUnknown: string;
  /** A wait too uncertain for one figure: "15 à 25 min". */
  waitRange: (low: number, high: number) => string;
  /** A wait past what the estimate can stand by: "plus de 45 min". */
  waitMoreThan: (minutes: number) => string;
  /** Joins a date and a time on one line. */
  dateTime: (date: string, time: string) => string;
  scanToFollow: string;
  privacyNotice: string;
  checkedIn: string;
  appointment: string;
  counter: string;
  /** "Please go to counter 4" style line on a check-in ticket. */
  goToCounter: (counter: string) => string;
  /** Said instead when the counter is not known yet (a visitor checked in at the kiosk). */
  youWillBeCalled: string;
  receiptTitle: string;
  reference: string;
  date: string;
  subject: string;
  depositedOrDone: string;
  nextSteps: string;
  keepReceipt: string;
  scanToFollowFile: string;
  /** Marks a reprint, so two papers for one job are never mistaken for two jobs. */
  duplicate: string;
}
