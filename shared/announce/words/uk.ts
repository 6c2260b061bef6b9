// Ukrainian cardinals 0–999, masculine ("номер" is masculine): "один", "два".

const units = [
  'нуль',
  'один',
  'два',
  'три',
  'чотири',
  "п'ять",
  'шість',
  'сім',
  'вісім',
  "дев'ять",
  'десять',
  'одинадцять',
  'дванадцять',
  'тринадцять',
  'чотирнадцять',
  "п'ятнадцять",
  'шістнадцять',
  'сімнадцять',
  'вісімнадцять',
  "дев'ятнадцять",
];
const tens = [
  '',
  '',
  'двадцять',
  'тридцять',
  'сорок',
  "п'ятдесят",
  'шістдесят',
  'сімдесят',
  'вісімдесят',
  "дев'яносто",
];
const hundreds = [
  '',
  'сто',
  'двісті',
  'триста',
  'чотириста',
  "п'ятсот",
  'шістсот',
  'сімсот',
  'вісімсот',
  "дев'ятсот",
];

function below100(n: number): string {
  if (n < 20) return units[n] ?? '';
  const ten = tens[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? ten : `${ten} ${units[n % 10]}`;
}

export function ukrainianNumber(n: number): string {
  if (n < 100) return below100(n);
  const head = hundreds[Math.floor(n / 100)] ?? '';
  return n % 100 === 0 ? head : `${head} ${below100(n % 100)}`;
}
