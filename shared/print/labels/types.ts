import type { Direction } from '../document';

/** The words a ticket or receipt prints, in one language. */
export interface PrintLabels {
  /** BCP 47 locale for dates and times; Latin digits everywhere, like ticket numbers. */
  locale: string;
  direction: Direction;
  yourNumber: string;
  peopleAhead: string;
  /** Said instead of "0 people ahead". */
  youAreNext: string;
  estimatedWait: string;
  waitMinutes: (minutes: number) => string;
  waitUnknown: string;
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
