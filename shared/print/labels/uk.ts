import type { PrintWords } from './types';

function minutes(n: number): string {
  if (n < 1) return 'менше хвилини';
  if (n < 60) return `близько ${n} хв`;
  const rest = n % 60;
  return `близько ${Math.floor(n / 60)} год${rest ? ` ${rest} хв` : ''}`;
}

// Printed through the rasterizer: no Latin code page holds Cyrillic.
export const uk: PrintWords = {
  yourNumber: 'Ваш номер',
  peopleAhead: 'Людей перед вами',
  youAreNext: 'Ви наступні',
  estimatedWait: 'Орієнтовне очікування',
  waitMinutes: minutes,
  waitUnknown: 'обчислюється',
  waitRange: (low, high) => `${low}–${high} хв`,
  waitMoreThan: (minutes) => `понад ${minutes} хв`,
  dateTime: (date, time) => `${date}, ${time}`,
  scanToFollow: 'Скануйте, щоб стежити за чергою',
  privacyNotice: 'Цей талон не містить персональних даних.',
  checkedIn: 'Ваш прихід зареєстровано',
  appointment: 'Запис',
  counter: 'Віконце',
  goToCounter: (counter) => `Підійдіть до віконця ${counter}`,
  youWillBeCalled: 'Ваш номер викличуть на екрані',
  receiptTitle: 'Квитанція',
  reference: 'Реєстраційний номер',
  date: 'Дата',
  subject: 'Тема',
  depositedOrDone: 'Подано або виконано',
  nextSteps: 'Наступні кроки',
  keepReceipt: 'Збережіть цю квитанцію: її у вас попросять.',
  scanToFollowFile: 'Стежте за своєю справою онлайн',
  duplicate: 'ДУБЛІКАТ',
};
