// Spanish cardinals 0–999 ("dieciséis", "veintiuno", "cien" but "ciento uno"). "Número"
// is masculine and the number stands alone after it, so "uno", not "un".

const units = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const tens = [
  '',
  '',
  '',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
];
const hundreds = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

function below100(n: number): string {
  if (n < 30) return units[n] ?? '';
  const ten = tens[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? ten : `${ten} y ${units[n % 10]}`;
}

export function spanishNumber(n: number): string {
  if (n < 100) return below100(n);
  if (n === 100) return 'cien';
  const head = hundreds[Math.floor(n / 100)] ?? '';
  return n % 100 === 0 ? head : `${head} ${below100(n % 100)}`;
}
