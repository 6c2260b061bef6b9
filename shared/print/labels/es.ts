import type { PrintWords } from './types';

function minutes(n: number): string {
  if (n < 1) return 'menos de un minuto';
  if (n < 60) return `aprox. ${n} min`;
  const rest = n % 60;
  return `aprox. ${Math.floor(n / 60)} h${rest ? ` ${rest} min` : ''}`;
}

export const es: PrintWords = {
  yourNumber: 'Su número',
  peopleAhead: 'Personas delante de usted',
  youAreNext: 'Usted es el siguiente',
  estimatedWait: 'Espera estimada',
  waitMinutes: minutes,
  waitUnknown: 'calculándose',
  waitRange: (low, high) => `de ${low} a ${high} min`,
  waitMoreThan: (minutes) => `más de ${minutes} min`,
  dateTime: (date, time) => `${date}, ${time}`,
  scanToFollow: 'Escanee para seguir su turno',
  privacyNotice: 'Este tique no contiene ningún dato personal.',
  checkedIn: 'Su llegada está registrada',
  appointment: 'Cita',
  counter: 'Ventanilla',
  goToCounter: (counter) => `Diríjase a la ventanilla ${counter}`,
  youWillBeCalled: 'Su número se llamará en la pantalla',
  receiptTitle: 'Resguardo',
  reference: 'Referencia',
  date: 'Fecha',
  subject: 'Asunto',
  depositedOrDone: 'Entregado o realizado',
  nextSteps: 'Próximos pasos',
  keepReceipt: 'Conserve este resguardo: se le pedirá.',
  scanToFollowFile: 'Siga su expediente en línea',
  duplicate: 'DUPLICADO',
};
