import type { PrintWords } from './types';

function minutes(n: number): string {
  if (n < 1) return 'under a minute';
  if (n < 60) return `about ${n} min`;
  const rest = n % 60;
  return `about ${Math.floor(n / 60)} h${rest ? ` ${rest} min` : ''}`;
}

export const en: PrintWords = {
  yourNumber: 'Your number',
  peopleAhead: 'People ahead of you',
  youAreNext: 'You are next',
  estimatedWait: 'Estimated wait',
  waitMinutes: minutes,
  waitUnknown: 'being calculated',
  waitRange: (low, high) => `${low} to ${high} min`,
  waitMoreThan: (minutes) => `over ${minutes} min`,
  dateTime: (date, time) => `${date}, ${time}`,
  scanToFollow: 'Scan to follow your turn',
  privacyNotice: 'This ticket holds no personal data.',
  checkedIn: 'You are checked in',
  appointment: 'Appointment',
  counter: 'Counter',
  goToCounter: (counter) => `Please go to counter ${counter}`,
  youWillBeCalled: 'Your number will be called on the screen',
  receiptTitle: 'Receipt',
  reference: 'Reference',
  date: 'Date',
  subject: 'Subject',
  depositedOrDone: 'Deposited or done',
  nextSteps: 'Next steps',
  keepReceipt: 'Please keep this receipt: you will be asked for it.',
  scanToFollowFile: 'Follow your file online',
  duplicate: 'DUPLICATE',
};
