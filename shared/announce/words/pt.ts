// European Portuguese cardinals 0–999 ("dezasseis", "cem" but "cento e um", "e" between
// every part). "Número" is masculine: "um", "dois", "duzentos".

const units = [
  'zero',
  'um',
  'dois',
  'três',
  'quatro',
  'cinco',
  'seis',
  'sete',
  'oito',
  'nove',
  'dez',
  'onze',
  'doze',
  'treze',
  'catorze',
  'quinze',
  'dezasseis',
  'dezassete',
  'dezoito',
  'dezanove',
];
const tens = [
  '',
  '',
  'vinte',
  'trinta',
  'quarenta',
  'cinquenta',
  'sessenta',
  'setenta',
  'oitenta',
  'noventa',
];
const hundreds = [
  '',
  'cento',
  'duzentos',
  'trezentos',
  'quatrocentos',
  'quinhentos',
  'seiscentos',
  'setecentos',
  'oitocentos',
  'novecentos',
];

function below100(n: number): string {
  if (n < 20) return units[n] ?? '';
  const ten = tens[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? ten : `${ten} e ${units[n % 10]}`;
}

export function portugueseNumber(n: number): string {
  if (n < 100) return below100(n);
  if (n === 100) return 'cem';
  const head = hundreds[Math.floor(n / 100)] ?? '';
  return n % 100 === 0 ? head : `${head} e ${below100(n % 100)}`;
}
