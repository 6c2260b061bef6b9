// The kiosk's words, in French: the reference catalog. Every other language must give
// the same keys (the compiler checks it through `Catalog<MessageKey>`). Placeholders are
// `{name}`; plural forms are chosen with `count`.
export const fr = {
  'app.title': 'Borne d’accueil',
  'toolbar.label': 'Langue et accessibilité',
  'toolbar.language': 'Langue',
  'toolbar.accessibility': 'Accessibilité',
  'nav.back': 'Retour',
  'nav.home': 'Retour à l’accueil',
  'nav.label': 'Navigation',

  'attract.title': 'Bienvenue',
  'attract.touch': 'Touchez l’écran pour commencer',
  'attract.languages': 'Français · English · Español · العربية · Português · Українська',

  'home.title': 'Que souhaitez-vous faire ?',
  'home.appointment': 'J’ai un rendez-vous',
  'home.appointment.hint': 'Scannez votre convocation ou tapez votre code',
  'home.ticket': 'Prendre un ticket',
  'home.ticket.hint': 'Pour être reçu sans rendez-vous',
  'home.eservices': 'Démarches en ligne',
  'home.eservices.hint': 'Sites officiels : service-public.fr, ANTS, CAF, impots.gouv',
  'home.help': 'Besoin d’aide',
  'home.help.hint': 'Un agent de l’accueil vient vous aider',
  'home.appointmentNote': 'La plupart des services reçoivent uniquement sur rendez-vous.',

  'checkin.title': 'Votre rendez-vous',
  'checkin.scan': 'Présentez le code QR de votre convocation devant le lecteur, sous l’écran.',
  'checkin.scanUnavailable': 'Le lecteur de codes ne fonctionne pas : tapez votre code.',
  'checkin.type':
    'Ou tapez votre code de réservation (6 caractères) ou votre numéro de pré-demande ANTS (10 caractères).',
  'checkin.field': 'Code de réservation ou numéro ANTS',
  'checkin.keyboard': 'Clavier',
  'checkin.erase': 'Effacer',
  'checkin.submit': 'Valider',
  'checkin.searching': 'Recherche de votre rendez-vous…',
  'checkin.badFormat':
    'Ce code n’est pas reconnu. Un code de réservation a 6 caractères, un numéro ANTS en a 10.',
  'checkin.badScan':
    'Ce code n’est pas une convocation de la mairie. Tapez votre code ou demandez à l’accueil.',
  'checkin.damagedScan':
    'Ce code QR est abîmé ou illisible. Tapez votre code ou demandez à l’accueil.',
  'checkin.partialScan': 'La lecture a été interrompue. Présentez de nouveau votre code.',

  'outcome.notFound.title': 'Nous ne trouvons pas ce rendez-vous',
  'outcome.notFound.text':
    'Vérifiez le code sur votre convocation et réessayez. Si cela ne marche pas, présentez-vous à l’accueil.',
  'outcome.tooEarly.title': 'Vous êtes en avance',
  'outcome.tooEarly.text':
    'Votre rendez-vous est à {time}. Vous pourrez enregistrer votre arrivée à partir de {opens}. Installez-vous, puis revenez à la borne.',
  'outcome.tooLate.title': 'L’heure de votre rendez-vous est passée',
  'outcome.tooLate.text':
    'Votre rendez-vous était à {time}. Présentez-vous à l’accueil : un agent verra s’il peut encore vous recevoir ou vous aidera à reprendre rendez-vous.',
  'outcome.already.title': 'Votre arrivée est déjà enregistrée',
  'outcome.already.text':
    'Gardez le ticket {number} reçu tout à l’heure et surveillez l’écran d’appel.',
  'outcome.already.textNoNumber':
    'Gardez le ticket reçu tout à l’heure et surveillez l’écran d’appel.',
  'outcome.cancelled.title': 'Ce rendez-vous a été annulé',
  'outcome.cancelled.text': 'Vous pouvez reprendre rendez-vous en ligne ou demander à l’accueil.',
  'outcome.wrongDay.title': 'Votre rendez-vous n’est pas aujourd’hui',
  'outcome.wrongDay.text': 'Il est prévu le {date}. Revenez ce jour-là.',
  'outcome.other.title': 'Nous ne pouvons pas enregistrer votre arrivée',
  'outcome.other.text': 'Présentez-vous à l’accueil : un agent va vous aider.',
  'outcome.retry': 'Taper un autre code',

  'categories.title': 'Pour quelle démarche ?',
  'services.title': 'Choisissez le service',
  'services.waiting': {
    zero: 'Personne n’attend',
    one: '{count} personne attend',
    other: '{count} personnes attendent',
  },
  'services.wait': 'Attente estimée : {wait}',
  'services.appointmentOnly': 'Sur rendez-vous uniquement',
  'services.closed': 'Fermé en ce moment',
  'services.pastCutOff': 'Plus de tickets aujourd’hui',
  'services.full': 'Complet aujourd’hui',
  'services.unknown': 'Indisponible',
  'services.none': 'Aucun service n’est proposé ici pour le moment.',

  'unavailable.appointmentOnly.title': '{service} reçoit uniquement sur rendez-vous',
  'unavailable.closed.title': '{service} est fermé en ce moment',
  'unavailable.closed.reopens': 'Réouverture : {when}.',
  'unavailable.pastCutOff.title': '{service} ne délivre plus de tickets aujourd’hui',
  'unavailable.pastCutOff.text':
    'Les tickets s’arrêtent avant la fermeture ({time}) pour que chacun soit reçu. Revenez un autre jour.',
  'unavailable.full.title': '{service} a distribué tous ses tickets du jour',
  'unavailable.full.text': 'Revenez un autre jour ou prenez rendez-vous.',
  'unavailable.book': 'Prenez rendez-vous en ligne : scannez ce code avec votre téléphone.',
  'unavailable.bookAtDesk': 'Pour prendre rendez-vous, demandez à l’accueil.',
  'unavailable.qr': 'Code QR vers la page de prise de rendez-vous',

  'documents.title': 'Avez-vous ces documents ?',
  'documents.intro': 'Cochez ceux que vous avez avec vous.',
  'documents.optional': '(si vous l’avez)',
  'documents.continue': 'Continuer',
  'documents.missing.title': 'Il vous manque des documents',
  'documents.missing.text':
    'Sans eux, l’agent ne pourra peut-être pas terminer votre démarche. Vous pouvez revenir avec, ou prendre un ticket quand même pour poser vos questions.',
  'documents.anyway': 'Prendre un ticket quand même',

  'priority.title': 'Avez-vous besoin d’un accès prioritaire ?',
  'priority.text':
    'Par exemple : handicap, grossesse, personne âgée ou enfant en bas âge. Vous n’avez pas à dire pourquoi.',
  'priority.yes': 'Oui',
  'priority.no': 'Non',

  'ticket.issuing': 'Votre ticket est en cours de création…',
  'ticket.waitingHub':
    'La connexion est coupée : votre ticket sera créé dès son retour, sans doublon.',
  'ticket.title': 'Votre numéro',
  'ticket.checkedIn': 'Votre arrivée est enregistrée',
  'ticket.appointmentAt': 'Rendez-vous à {time}',
  'ticket.ahead': {
    zero: 'C’est bientôt votre tour',
    one: '{count} personne avant vous',
    other: '{count} personnes avant vous',
  },
  'ticket.wait': 'Attente estimée : {wait}',
  'ticket.waitUnknown': 'Attente estimée : en cours de calcul',
  'ticket.priority': 'Accès prioritaire',
  'ticket.choose': 'Comment voulez-vous votre ticket ?',
  'ticket.print': 'Imprimer mon ticket',
  'ticket.print.hint': 'Conseillé',
  'ticket.paperless': 'Sans papier',
  'ticket.paperless.hint': 'Je prends l’écran en photo',
  'ticket.printing': 'Impression en cours…',
  'ticket.printed': 'Prenez votre ticket sous l’écran.',
  'ticket.printFailed':
    'L’impression n’a pas fonctionné. Prenez l’écran en photo : votre numéro reste valable. L’accueil a été prévenu.',
  'ticket.mayHavePrinted':
    'L’imprimante n’a pas confirmé : vérifiez si un ticket est sorti. Sinon, prenez l’écran en photo.',
  'ticket.printerDown':
    'L’imprimante ne fonctionne pas pour le moment : prenez l’écran en photo. L’accueil a été prévenu.',
  'ticket.photo':
    'Prenez cet écran en photo. Le code QR permet de suivre votre tour sur votre téléphone.',
  'ticket.qr': 'Code QR de votre ticket {number}',
  'ticket.done': 'Terminer',
  'ticket.watchScreen': 'Surveillez l’écran d’appel : votre numéro s’affichera avec le guichet.',
  'ticket.speech': 'Votre numéro est {number}. {ahead}. {wait}.',

  'eservices.title': 'Démarches en ligne',
  'eservices.intro': 'Ces sites officiels sont ouverts 24 h sur 24.',
  'eservices.opening': 'Ouverture du site…',
  'eservices.opened':
    'Le site est ouvert. Touchez « Terminer » sur la barre du navigateur pour revenir.',
  'eservices.phone': 'Continuez sur votre téléphone : scannez ce code.',
  'eservices.qr': 'Code QR vers {portal}',
  'eservices.failed':
    'Ce site ne peut pas s’ouvrir sur la borne. Scannez le code avec votre téléphone.',
  'portal.town': 'E-services de la ville',
  'portal.town.hint': 'État civil, inscriptions, paiements',
  'portal.servicePublic': 'service-public.fr',
  'portal.servicePublic.hint': 'Vos droits et démarches',
  'portal.ants': 'ANTS',
  'portal.ants.hint': 'Carte d’identité, passeport, permis, carte grise',
  'portal.caf': 'CAF',
  'portal.caf.hint': 'Allocations familiales et logement',
  'portal.impots': 'impots.gouv.fr',
  'portal.impots.hint': 'Impôts et déclarations',

  'help.sending': 'Nous prévenons l’accueil…',
  'help.title': 'Un agent arrive',
  'help.text': 'Restez près de la borne : un agent de l’accueil a été prévenu et vient vous aider.',
  'help.failed.title': 'Présentez-vous à l’accueil',
  'help.failed.text':
    'Nous n’avons pas pu prévenir l’accueil. Un agent vous aidera au guichet d’accueil.',

  'hubDown.title': 'Rendez-vous à l’accueil',
  'hubDown.text':
    'La borne ne peut pas joindre le service de la file d’attente pour le moment. Un agent de l’accueil va vous aider.',
  'hubDown.recovering': 'La borne reprendra d’elle-même dès le retour de la connexion.',
  'hubDown.pending': 'Votre demande de ticket sera terminée dès le retour de la connexion.',

  'setup.title': 'Borne non configurée',
  'setup.text':
    'Cette borne n’a pas encore de jeton d’inscription. Ouvrez /kiosk/#token=… (voir kiosk/README.md).',
  'setup.refused': 'Le jeton de cette borne a été refusé par le serveur : inscrivez-la de nouveau.',

  'language.title': 'Choisissez votre langue',

  'a11y.title': 'Accessibilité',
  'a11y.largeText': 'Texte agrandi',
  'a11y.largeText.hint': 'Des caractères plus grands',
  'a11y.highContrast': 'Contraste élevé',
  'a11y.highContrast.hint': 'Texte clair sur fond noir',
  'a11y.lowReach': 'Commandes en bas de l’écran',
  'a11y.lowReach.hint': 'Tout à portée de main, en fauteuil ou de petite taille',
  'a11y.audio': 'Lecture à voix haute',
  'a11y.audio.hint': 'La borne lit chaque écran et votre ticket',
  'a11y.noVoice':
    'Aucune voix n’est disponible en {language} sur cette borne : la lecture ne peut pas se faire.',
  'a11y.voiceOk': 'La borne lit les écrans à voix haute.',
  'a11y.close': 'Fermer',

  'idle.title': 'Êtes-vous toujours là ?',
  'idle.text': {
    one: 'Pour protéger vos informations, la borne revient à l’accueil dans {count} seconde.',
    other: 'Pour protéger vos informations, la borne revient à l’accueil dans {count} secondes.',
  },
  'idle.stay': 'Je suis toujours là',
  'idle.leave': 'Terminer',

  'wait.minutes': {
    zero: 'moins d’une minute',
    one: 'environ {count} minute',
    other: 'environ {count} minutes',
  },
  'wait.hours': 'environ {hours} h {minutes}',
  'wait.unknown': 'en cours de calcul',
  'wait.range': 'entre {low} et {high} minutes',
  'wait.moreThan': 'plus de {minutes} minutes',
} as const;
