// Arabic cardinals 0–999 in the nominative, masculine ("رقم" is masculine), units before
// tens joined by "و": 21 "واحد وعشرون", 123 "مئة وثلاثة وعشرون".

const units = [
  'صفر',
  'واحد',
  'اثنان',
  'ثلاثة',
  'أربعة',
  'خمسة',
  'ستة',
  'سبعة',
  'ثمانية',
  'تسعة',
  'عشرة',
];
const teens = [
  'عشرة',
  'أحد عشر',
  'اثنا عشر',
  'ثلاثة عشر',
  'أربعة عشر',
  'خمسة عشر',
  'ستة عشر',
  'سبعة عشر',
  'ثمانية عشر',
  'تسعة عشر',
];
const tens = ['', '', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];
const hundreds = [
  '',
  'مئة',
  'مئتان',
  'ثلاثمئة',
  'أربعمئة',
  'خمسمئة',
  'ستمئة',
  'سبعمئة',
  'ثمانمئة',
  'تسعمئة',
];

function below100(n: number): string {
  if (n <= 10) return units[n] ?? '';
  if (n < 20) return teens[n - 10] ?? '';
  const ten = tens[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? ten : `${units[n % 10]} و${ten}`;
}

export function arabicNumber(n: number): string {
  if (n < 100) return below100(n);
  const head = hundreds[Math.floor(n / 100)] ?? '';
  return n % 100 === 0 ? head : `${head} و${below100(n % 100)}`;
}
