import type { KioskCatalog } from '../catalog';

export const en: KioskCatalog = {
  'app.title': 'Reception kiosk',
  'toolbar.label': 'Language and accessibility',
  'toolbar.language': 'Language',
  'toolbar.accessibility': 'Accessibility',
  'nav.back': 'Back',
  'nav.home': 'Back to the start',
  'nav.label': 'Navigation',

  'attract.title': 'Welcome',
  'attract.touch': 'Touch the screen to start',
  'attract.languages': 'Français · English · Español · العربية · Português · Українська',

  'home.title': 'What would you like to do?',
  'home.appointment': 'I have an appointment',
  'home.appointment.hint': 'Scan your confirmation or type your code',
  'home.ticket': 'Take a ticket',
  'home.ticket.hint': 'To be seen without an appointment',
  'home.eservices': 'Online services',
  'home.eservices.hint': 'Official sites: service-public.fr, ANTS, CAF, impots.gouv',
  'home.help': 'I need help',
  'home.help.hint': 'A member of staff will come to help you',
  'home.appointmentNote': 'Most services see visitors by appointment only.',

  'checkin.title': 'Your appointment',
  'checkin.scan': 'Hold the QR code of your confirmation in front of the reader, below the screen.',
  'checkin.scanUnavailable': 'The code reader is not working: please type your code.',
  'checkin.type':
    'Or type your booking code (6 characters) or your ANTS pre-application number (10 characters).',
  'checkin.field': 'Booking code or ANTS number',
  'checkin.keyboard': 'Keyboard',
  'checkin.erase': 'Delete',
  'checkin.submit': 'Confirm',
  'checkin.searching': 'Looking for your appointment…',
  'checkin.badFormat':
    'This code is not recognised. A booking code has 6 characters, an ANTS number has 10.',
  'checkin.badScan':
    'This code is not a town hall confirmation. Type your code or ask at the front desk.',
  'checkin.damagedScan':
    'This QR code is damaged or unreadable. Type your code or ask at the front desk.',
  'checkin.partialScan': 'The reading was interrupted. Please show your code again.',

  'outcome.notFound.title': 'We cannot find this appointment',
  'outcome.notFound.text':
    'Check the code on your confirmation and try again. If it still does not work, go to the front desk.',
  'outcome.tooEarly.title': 'You are early',
  'outcome.tooEarly.text':
    'Your appointment is at {time}. You can check in from {opens}. Take a seat, then come back to the kiosk.',
  'outcome.tooLate.title': 'The time of your appointment has passed',
  'outcome.tooLate.text':
    'Your appointment was at {time}. Go to the front desk: staff will see whether you can still be seen or help you book again.',
  'outcome.already.title': 'You have already checked in',
  'outcome.already.text': 'Keep ticket {number} you received earlier and watch the call screen.',
  'outcome.already.textNoNumber': 'Keep the ticket you received earlier and watch the call screen.',
  'outcome.cancelled.title': 'This appointment was cancelled',
  'outcome.cancelled.text': 'You can book a new appointment online or ask at the front desk.',
  'outcome.wrongDay.title': 'Your appointment is not today',
  'outcome.wrongDay.text': 'It is on {date}. Please come back that day.',
  'outcome.other.title': 'We cannot check you in',
  'outcome.other.text': 'Go to the front desk: staff will help you.',
  'outcome.retry': 'Type another code',

  'categories.title': 'What is it about?',
  'services.title': 'Choose the service',
  'services.waiting': {
    zero: 'Nobody is waiting',
    one: '{count} person waiting',
    other: '{count} people waiting',
  },
  'services.wait': 'Estimated wait: {wait}',
  'services.appointmentOnly': 'By appointment only',
  'services.closed': 'Closed now',
  'services.pastCutOff': 'No more tickets today',
  'services.full': 'Full today',
  'services.unknown': 'Unavailable',
  'services.none': 'No service is offered here at the moment.',

  'unavailable.appointmentOnly.title': '{service} sees visitors by appointment only',
  'unavailable.closed.title': '{service} is closed now',
  'unavailable.closed.reopens': 'Opens again: {when}.',
  'unavailable.pastCutOff.title': '{service} gives no more tickets today',
  'unavailable.pastCutOff.text':
    'Tickets stop before closing time ({time}) so that everyone can be seen. Please come back another day.',
  'unavailable.full.title': '{service} has given all of today’s tickets',
  'unavailable.full.text': 'Come back another day or book an appointment.',
  'unavailable.book': 'Book an appointment online: scan this code with your phone.',
  'unavailable.bookAtDesk': 'To book an appointment, ask at the front desk.',
  'unavailable.qr': 'QR code to the booking page',

  'documents.title': 'Do you have these documents?',
  'documents.intro': 'Tick the ones you have with you.',
  'documents.optional': '(if you have it)',
  'documents.continue': 'Continue',
  'documents.missing.title': 'Some documents are missing',
  'documents.missing.text':
    'Without them, staff may not be able to complete your request. You can come back with them, or take a ticket anyway to ask your questions.',
  'documents.anyway': 'Take a ticket anyway',

  'priority.title': 'Do you need priority access?',
  'priority.text':
    'For example: disability, pregnancy, older person or young child. You do not have to say why.',
  'priority.yes': 'Yes',
  'priority.no': 'No',

  'ticket.issuing': 'Your ticket is being created…',
  'ticket.waitingHub':
    'The connection is down: your ticket will be created as soon as it is back, only once.',
  'ticket.title': 'Your number',
  'ticket.checkedIn': 'You are checked in',
  'ticket.appointmentAt': 'Appointment at {time}',
  'ticket.ahead': {
    zero: 'It will soon be your turn',
    one: '{count} person before you',
    other: '{count} people before you',
  },
  'ticket.wait': 'Estimated wait: {wait}',
  'ticket.waitUnknown': 'Estimated wait: being calculated',
  'ticket.priority': 'Priority access',
  'ticket.choose': 'How would you like your ticket?',
  'ticket.print': 'Print my ticket',
  'ticket.print.hint': 'Recommended',
  'ticket.paperless': 'No paper',
  'ticket.paperless.hint': 'I take a photo of the screen',
  'ticket.printing': 'Printing…',
  'ticket.printed': 'Take your ticket below the screen.',
  'ticket.printFailed':
    'Printing did not work. Take a photo of the screen: your number is still valid. The front desk has been told.',
  'ticket.mayHavePrinted':
    'The printer did not confirm: check whether a ticket came out. If not, take a photo of the screen.',
  'ticket.printerDown':
    'The printer is not working at the moment: take a photo of the screen. The front desk has been told.',
  'ticket.photo':
    'Take a photo of this screen. The QR code lets you follow your turn on your phone.',
  'ticket.qr': 'QR code of your ticket {number}',
  'ticket.done': 'Finish',
  'ticket.watchScreen': 'Watch the call screen: your number will appear with the counter.',
  'ticket.speech': 'Your number is {number}. {ahead}. {wait}.',

  'eservices.title': 'Online services',
  'eservices.intro': 'These official sites are open 24 hours a day.',
  'eservices.opening': 'Opening the site…',
  'eservices.opened': 'The site is open. Touch “Finish” on the browser bar to come back.',
  'eservices.phone': 'Continue on your phone: scan this code.',
  'eservices.qr': 'QR code to {portal}',
  'eservices.failed': 'This site cannot open on the kiosk. Scan the code with your phone.',
  'portal.town': 'Town e-services',
  'portal.town.hint': 'Civil status, enrolments, payments',
  'portal.servicePublic': 'service-public.fr',
  'portal.servicePublic.hint': 'Your rights and procedures',
  'portal.ants': 'ANTS',
  'portal.ants.hint': 'ID card, passport, driving licence, vehicle registration',
  'portal.caf': 'CAF',
  'portal.caf.hint': 'Family and housing benefits',
  'portal.impots': 'impots.gouv.fr',
  'portal.impots.hint': 'Taxes and returns',

  'help.sending': 'We are telling the front desk…',
  'help.title': 'Someone is coming',
  'help.text':
    'Please stay near the kiosk: the front desk has been told and someone is coming to help you.',
  'help.failed.title': 'Please go to the front desk',
  'help.failed.text':
    'We could not reach the front desk. Staff will help you at the reception counter.',

  'hubDown.title': 'Please go to the front desk',
  'hubDown.text':
    'The kiosk cannot reach the queue service at the moment. Front desk staff will help you.',
  'hubDown.recovering': 'The kiosk will start again by itself when the connection is back.',
  'hubDown.pending': 'Your ticket request will be completed when the connection is back.',

  'setup.title': 'Kiosk not set up',
  'setup.text':
    'This kiosk has no enrolment token yet. Open /kiosk/#token=… (see kiosk/README.md).',
  'setup.refused': 'The server refused this kiosk’s token: enrol it again.',

  'language.title': 'Choose your language',

  'a11y.title': 'Accessibility',
  'a11y.largeText': 'Larger text',
  'a11y.largeText.hint': 'Bigger letters',
  'a11y.highContrast': 'High contrast',
  'a11y.highContrast.hint': 'Light text on a black background',
  'a11y.lowReach': 'Controls at the bottom of the screen',
  'a11y.lowReach.hint': 'Everything within reach, from a wheelchair or for shorter people',
  'a11y.audio': 'Read aloud',
  'a11y.audio.hint': 'The kiosk reads each screen and your ticket',
  'a11y.noVoice': 'No voice is available in {language} on this kiosk: it cannot read aloud.',
  'a11y.voiceOk': 'The kiosk reads the screens aloud.',
  'a11y.close': 'Close',

  'idle.title': 'Are you still there?',
  'idle.text': {
    one: 'To protect your information, the kiosk goes back to the start in {count} second.',
    other: 'To protect your information, the kiosk goes back to the start in {count} seconds.',
  },
  'idle.stay': 'I am still here',
  'idle.leave': 'Finish',

  'wait.minutes': {
    zero: 'less than a minute',
    one: 'about {count} minute',
    other: 'about {count} minutes',
  },
  'wait.hours': 'about {hours} h {minutes}',
  'wait.unknown': 'being calculated',
  'wait.range': 'between {low} and {high} minutes',
  'wait.moreThan': 'more than {minutes} minutes',
};
