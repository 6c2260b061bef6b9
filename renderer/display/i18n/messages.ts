// The display's own words (calls and information lines come from the hub), French first.

export const fr = {
  title: 'Appels',
  latest: 'Appel en cours',
  ticket: 'Numéro',
  counter: 'Guichet',
  previous: 'Appels précédents',
  noCall: 'Aucun appel pour le moment',
  recall: 'Rappel',
  waiting: 'En attente',
  people: 'aucune personne | {n} personne | {n} personnes',
  minutes: '≈ {n} min',
  noEstimate: '—',
  soundGate: 'Touchez pour activer le son',
  soundOff: 'Son coupé',
  soundLocked: 'Son bloqué par le navigateur',
  voice: 'Voix : {name}',
  stale: 'Données non à jour : le serveur ne répond plus depuis {seconds} s',
  fresh: 'Connexion rétablie',
  connecting: 'Connexion au serveur…',
  notConfigured: 'Cet écran n’est pas encore configuré',
  problem: 'Écran non relié : {message}',
};

export type DisplayMessages = typeof fr;

export const en: DisplayMessages = {
  title: 'Calls',
  latest: 'Now calling',
  ticket: 'Number',
  counter: 'Counter',
  previous: 'Previous calls',
  noCall: 'No call yet',
  recall: 'Recall',
  waiting: 'Waiting',
  people: 'nobody | {n} person | {n} people',
  minutes: '≈ {n} min',
  noEstimate: '—',
  soundGate: 'Touch to turn the sound on',
  soundOff: 'Sound off',
  soundLocked: 'Sound blocked by the browser',
  voice: 'Voice: {name}',
  stale: 'Not up to date: no answer from the server for {seconds} s',
  fresh: 'Connection restored',
  connecting: 'Connecting to the server…',
  notConfigured: 'This display is not configured yet',
  problem: 'Display not linked: {message}',
};
