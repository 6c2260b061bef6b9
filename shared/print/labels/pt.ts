import type { PrintWords } from './types';

function minutes(n: number): string {
  if (n < 1) return 'menos de um minuto';
  if (n < 60) return `cerca de ${n} min`;
  const rest = n % 60;
  return `cerca de ${Math.floor(n / 60)} h${rest ? ` ${rest} min` : ''}`;
}

export const pt: PrintWords = {
  yourNumber: 'O seu número',
  peopleAhead: 'Pessoas à sua frente',
  youAreNext: 'Será chamado a seguir',
  estimatedWait: 'Espera estimada',
  waitMinutes: minutes,
  waitUnknown: 'em cálculo',
  waitRange: (low, high) => `${low} a ${high} min`,
  waitMoreThan: (minutes) => `mais de ${minutes} min`,
  dateTime: (date, time) => `${date}, ${time}`,
  scanToFollow: 'Digitalize para seguir a sua vez',
  privacyNotice: 'Esta senha não contém dados pessoais.',
  checkedIn: 'A sua chegada está registada',
  appointment: 'Marcação',
  counter: 'Balcão',
  goToCounter: (counter) => `Dirija-se ao balcão ${counter}`,
  youWillBeCalled: 'O seu número será chamado no ecrã',
  receiptTitle: 'Comprovativo',
  reference: 'Referência',
  date: 'Data',
  subject: 'Assunto',
  depositedOrDone: 'Entregue ou efetuado',
  nextSteps: 'Próximos passos',
  keepReceipt: 'Guarde este comprovativo: ser-lhe-á pedido.',
  scanToFollowFile: 'Acompanhe o seu processo online',
  duplicate: 'SEGUNDA VIA',
};
