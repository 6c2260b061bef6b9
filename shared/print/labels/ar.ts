import type { PrintWords } from './types';

function minutes(n: number): string {
  if (n < 1) return 'أقل من دقيقة';
  if (n < 60) return `حوالي ${n} دقيقة`;
  const rest = n % 60;
  return `حوالي ${Math.floor(n / 60)} ساعة${rest ? ` و${rest} دقيقة` : ''}`;
}

// Printed through the rasterizer (no Latin code page holds Arabic), right to left.
export const ar: PrintWords = {
  yourNumber: 'رقمك',
  peopleAhead: 'عدد الأشخاص قبلك',
  youAreNext: 'أنت التالي',
  estimatedWait: 'مدة الانتظار المتوقعة',
  waitMinutes: minutes,
  waitUnknown: 'قيد الحساب',
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
