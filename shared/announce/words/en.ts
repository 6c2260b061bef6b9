// English cardinals 0–999, British usage ("one hundred and one").

const units = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function below100(n: number): string {
  if (n < 20) return units[n] ?? '';
  const ten = tens[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? ten : `${ten}-${units[n % 10]}`;
}

export function englishNumber(n: number): string {
  if (n < 100) return below100(n);
  const head = `${units[Math.floor(n / 100)]} hundred`;
  return n % 100 === 0 ? head : `${head} and ${below100(n % 100)}`;
}
