import type { PrintWords } from './types';

// Arabic counts its nouns by CLDR's plural categories: one and two have forms of their
// own, 3–10 take the plural (دقائق), 11 and more the singular — as the kiosk says them.
const plural = new Intl.PluralRules('ar');

function counted(n: number, words: { one: string; two: string; few: string; other: string }) {
  switch (plural.select(n)) {
    case 'one':
      return words.one;
    case 'two':
      return words.two;
    case 'few':
      return `${n} ${words.few}`;
    default:
      return `${n} ${words.other}`;
  }
}

const minuteWords = { one: 'دقيقة واحدة', two: 'دقيقتين', few: 'دقائق', other: 'دقيقة' };
const hourWords = { one: 'ساعة واحدة', two: 'ساعتين', few: 'ساعات', other: 'ساعة' };

function minutes(n: number): string {
  if (n < 1) return 'أقل من دقيقة';
  if (n < 60) return `حوالي ${counted(n, minuteWords)}`;
  const rest = n % 60;
  const hours = counted(Math.floor(n / 60), hourWords);
  return `حوالي ${hours}${rest ? ` و${counted(rest, minuteWords)}` : ''}`;
}

// Printed through the rasterizer (no Latin code page holds Arabic), right to left.
export const ar: PrintWords = {
  yourNumber: 'رقمك',
  peopleAhead: 'عدد الأشخاص قبلك',
  youAreNext: 'أنت التالي',
  estimatedWait: 'مدة الانتظار المتوقعة',
  waitMinutes: minutes,
  waitUnknown: 'قيد الحساب',
  waitRange: (low, high) => `${low}–${high} دقيقة`,
  waitMoreThan: (minutes) => `أكثر من ${minutes} دقيقة`,
  dateTime: (date, time) => `${date} - ${time}`,
  scanToFollow: 'امسح الرمز لمتابعة دورك',
  privacyNotice: 'لا تحتوي هذه التذكرة على أي بيانات شخصية.',
  checkedIn: 'تم تسجيل وصولك',
  appointment: 'الموعد',
  counter: 'الشباك',
  goToCounter: (counter) => `توجه إلى الشباك ${counter}`,
  youWillBeCalled: 'سيُنادى رقمك على الشاشة',
  receiptTitle: 'إيصال',
  reference: 'المرجع',
  date: 'التاريخ',
  subject: 'الموضوع',
  depositedOrDone: 'ما تم إيداعه أو إنجازه',
  nextSteps: 'الخطوات التالية',
  keepReceipt: 'احتفظ بهذا الإيصال، سيُطلب منك.',
  scanToFollowFile: 'تابع ملفك عبر الإنترنت',
  duplicate: 'نسخة مكررة',
};
