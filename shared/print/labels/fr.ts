import type { PrintWords } from './types';

function minutes(n: number): string {
  if (n < 1) return "moins d'une minute";
  if (n < 60) return `env. ${n} min`;
  const rest = n % 60;
  return `env. ${Math.floor(n / 60)} h${rest ? ` ${String(rest).padStart(2, '0')}` : ''}`;
}

export const fr: PrintWords = {
  yourNumber: 'Votre numéro',
  peopleAhead: 'Personnes avant vous',
  youAreNext: "C'est bientôt votre tour",
  estimatedWait: 'Attente estimée',
  waitMinutes: minutes,
  waitUnknown: 'en cours de calcul',
  waitRange: (low, high) => `${low} à ${high} min`,
  waitMoreThan: (minutes) => `plus de ${minutes} min`,
  dateTime: (date, time) => `${date} à ${time}`,
  scanToFollow: 'Scannez pour suivre votre tour',
  privacyNotice: 'Ce ticket ne contient aucune donnée personnelle.',
  checkedIn: 'Votre arrivée est enregistrée',
  appointment: 'Rendez-vous',
  counter: 'Guichet',
  goToCounter: (counter) => `Présentez-vous au guichet ${counter}`,
  youWillBeCalled: 'Votre numéro sera appelé à l’écran',
  receiptTitle: 'Récépissé',
  reference: 'Référence',
  date: 'Date',
  subject: 'Objet',
  depositedOrDone: 'Déposé ou effectué',
  nextSteps: 'Prochaines étapes',
  keepReceipt: 'Conservez ce récépissé : il vous sera demandé.',
  scanToFollowFile: 'Suivez votre dossier en ligne',
  duplicate: 'DUPLICATA',
};
