import type { KioskCatalog } from '../catalog';

export const es: KioskCatalog = {
  'app.title': 'Terminal de acogida',
  'toolbar.label': 'Idioma y accesibilidad',
  'toolbar.language': 'Idioma',
  'toolbar.accessibility': 'Accesibilidad',
  'nav.back': 'Volver',
  'nav.home': 'Volver al inicio',
  'nav.label': 'Navegación',

  'attract.title': 'Bienvenido',
  'attract.touch': 'Toque la pantalla para empezar',
  'attract.languages': 'Français · English · Español · العربية · Português · Українська',

  'home.title': '¿Qué desea hacer?',
  'home.appointment': 'Tengo una cita',
  'home.appointment.hint': 'Escanee su confirmación o escriba su código',
  'home.ticket': 'Sacar un número',
  'home.ticket.hint': 'Para ser atendido sin cita',
  'home.eservices': 'Trámites en línea',
  'home.eservices.hint': 'Sitios oficiales: service-public.fr, ANTS, CAF, impots.gouv',
  'home.help': 'Necesito ayuda',
  'home.help.hint': 'Un agente de acogida vendrá a ayudarle',
  'home.appointmentNote': 'La mayoría de los servicios atienden solo con cita previa.',

  'checkin.title': 'Su cita',
  'checkin.scan':
    'Presente el código QR de su confirmación delante del lector, debajo de la pantalla.',
  'checkin.scanUnavailable': 'El lector de códigos no funciona: escriba su código.',
  'checkin.type':
    'O escriba su código de reserva (6 caracteres) o su número de solicitud previa ANTS (10 caracteres).',
  'checkin.field': 'Código de reserva o número ANTS',
  'checkin.keyboard': 'Teclado',
  'checkin.erase': 'Borrar',
  'checkin.submit': 'Validar',
  'checkin.searching': 'Buscando su cita…',
  'checkin.badFormat':
    'Este código no es válido. Un código de reserva tiene 6 caracteres, un número ANTS tiene 10.',
  'checkin.badScan':
    'Este código no es una confirmación del ayuntamiento. Escriba su código o pregunte en la acogida.',
  'checkin.damagedScan':
    'Este código QR está dañado o es ilegible. Escriba su código o pregunte en la acogida.',
  'checkin.partialScan': 'La lectura se interrumpió. Presente de nuevo su código.',

  'outcome.notFound.title': 'No encontramos esta cita',
  'outcome.notFound.text':
    'Compruebe el código de su confirmación e inténtelo de nuevo. Si no funciona, diríjase a la acogida.',
  'outcome.tooEarly.title': 'Ha llegado con antelación',
  'outcome.tooEarly.text':
    'Su cita es a las {time}. Podrá registrar su llegada a partir de las {opens}. Siéntese y vuelva luego al terminal.',
  'outcome.tooLate.title': 'La hora de su cita ya pasó',
  'outcome.tooLate.text':
    'Su cita era a las {time}. Diríjase a la acogida: un agente verá si aún pueden atenderle o le ayudará a pedir otra cita.',
  'outcome.already.title': 'Su llegada ya está registrada',
  'outcome.already.text': 'Conserve el número {number} que recibió y mire la pantalla de llamada.',
  'outcome.already.textNoNumber': 'Conserve el número que recibió y mire la pantalla de llamada.',
  'outcome.cancelled.title': 'Esta cita fue anulada',
  'outcome.cancelled.text': 'Puede pedir una nueva cita en línea o preguntar en la acogida.',
  'outcome.wrongDay.title': 'Su cita no es hoy',
  'outcome.wrongDay.text': 'Está prevista el {date}. Vuelva ese día.',
  'outcome.other.title': 'No podemos registrar su llegada',
  'outcome.other.text': 'Diríjase a la acogida: un agente le ayudará.',
  'outcome.retry': 'Escribir otro código',

  'categories.title': '¿Para qué trámite?',
  'services.title': 'Elija el servicio',
  'services.waiting': {
    zero: 'Nadie espera',
    one: '{count} persona espera',
    other: '{count} personas esperan',
  },
  'services.wait': 'Espera estimada: {wait}',
  'services.appointmentOnly': 'Solo con cita previa',
  'services.closed': 'Cerrado ahora',
  'services.pastCutOff': 'No hay más números hoy',
  'services.full': 'Completo hoy',
  'services.unknown': 'No disponible',
  'services.none': 'Por ahora no se ofrece ningún servicio aquí.',

  'unavailable.appointmentOnly.title': '{service} atiende solo con cita previa',
  'unavailable.closed.title': '{service} está cerrado ahora',
  'unavailable.closed.reopens': 'Vuelve a abrir: {when}.',
  'unavailable.pastCutOff.title': '{service} ya no da números hoy',
  'unavailable.pastCutOff.text':
    'Los números se detienen antes del cierre ({time}) para que todos sean atendidos. Vuelva otro día.',
  'unavailable.full.title': '{service} ha repartido todos los números de hoy',
  'unavailable.full.text': 'Vuelva otro día o pida una cita.',
  'unavailable.book': 'Pida cita en línea: escanee este código con su teléfono.',
  'unavailable.bookAtDesk': 'Para pedir cita, pregunte en la acogida.',
  'unavailable.qr': 'Código QR hacia la página de citas',

  'documents.title': '¿Tiene estos documentos?',
  'documents.intro': 'Marque los que lleva consigo.',
  'documents.optional': '(si lo tiene)',
  'documents.continue': 'Continuar',
  'documents.missing.title': 'Le faltan documentos',
  'documents.missing.text':
    'Sin ellos, es posible que el agente no pueda terminar su trámite. Puede volver con ellos o sacar un número de todos modos para hacer sus preguntas.',
  'documents.anyway': 'Sacar un número de todos modos',

  'priority.title': '¿Necesita acceso prioritario?',
  'priority.text':
    'Por ejemplo: discapacidad, embarazo, persona mayor o niño pequeño. No tiene que decir por qué.',
  'priority.yes': 'Sí',
  'priority.no': 'No',

  'ticket.issuing': 'Se está creando su número…',
  'ticket.waitingHub':
    'La conexión está cortada: su número se creará en cuanto vuelva, una sola vez.',
  'ticket.title': 'Su número',
  'ticket.checkedIn': 'Su llegada está registrada',
  'ticket.appointmentAt': 'Cita a las {time}',
  'ticket.ahead': {
    zero: 'Pronto será su turno',
    one: '{count} persona antes que usted',
    other: '{count} personas antes que usted',
  },
  'ticket.wait': 'Espera estimada: {wait}',
  'ticket.waitUnknown': 'Espera estimada: en cálculo',
  'ticket.priority': 'Acceso prioritario',
  'ticket.choose': '¿Cómo quiere su número?',
  'ticket.print': 'Imprimir mi número',
  'ticket.print.hint': 'Recomendado',
  'ticket.paperless': 'Sin papel',
  'ticket.paperless.hint': 'Hago una foto de la pantalla',
  'ticket.printing': 'Imprimiendo…',
  'ticket.printed': 'Recoja su número debajo de la pantalla.',
  'ticket.printFailed':
    'La impresión no ha funcionado. Haga una foto de la pantalla: su número sigue siendo válido. Se ha avisado a la acogida.',
  'ticket.mayHavePrinted':
    'La impresora no lo ha confirmado: compruebe si ha salido un número. Si no, haga una foto de la pantalla.',
  'ticket.printerDown':
    'La impresora no funciona en este momento: haga una foto de la pantalla. Se ha avisado a la acogida.',
  'ticket.photo':
    'Haga una foto de esta pantalla. El código QR le permite seguir su turno en su teléfono.',
  'ticket.qr': 'Código QR de su número {number}',
  'ticket.done': 'Terminar',
  'ticket.watchScreen': 'Mire la pantalla de llamada: su número aparecerá con la ventanilla.',
  'ticket.speech': 'Su número es {number}. {ahead}. {wait}.',

  'eservices.title': 'Trámites en línea',
  'eservices.intro': 'Estos sitios oficiales están abiertos las 24 horas.',
  'eservices.opening': 'Abriendo el sitio…',
  'eservices.opened':
    'El sitio está abierto. Toque «Terminar» en la barra del navegador para volver.',
  'eservices.phone': 'Continúe en su teléfono: escanee este código.',
  'eservices.qr': 'Código QR hacia {portal}',
  'eservices.failed':
    'Este sitio no puede abrirse en el terminal. Escanee el código con su teléfono.',
  'portal.town': 'Servicios en línea del ayuntamiento',
  'portal.town.hint': 'Registro civil, inscripciones, pagos',
  'portal.servicePublic': 'service-public.fr',
  'portal.servicePublic.hint': 'Sus derechos y trámites',
  'portal.ants': 'ANTS',
  'portal.ants.hint': 'Documento de identidad, pasaporte, permiso de conducir, matriculación',
  'portal.caf': 'CAF',
  'portal.caf.hint': 'Prestaciones familiares y de vivienda',
  'portal.impots': 'impots.gouv.fr',
  'portal.impots.hint': 'Impuestos y declaraciones',

  'help.sending': 'Estamos avisando a la acogida…',
  'help.title': 'Un agente viene',
  'help.text':
    'Quédese cerca del terminal: se ha avisado a la acogida y un agente viene a ayudarle.',
  'help.failed.title': 'Diríjase a la acogida',
  'help.failed.text':
    'No hemos podido avisar a la acogida. Un agente le ayudará en la ventanilla de acogida.',

  'hubDown.title': 'Diríjase a la acogida',
  'hubDown.text':
    'El terminal no puede conectar con el servicio de turnos en este momento. Un agente de acogida le ayudará.',
  'hubDown.recovering': 'El terminal se reanudará solo en cuanto vuelva la conexión.',
  'hubDown.pending': 'Su solicitud de número se completará en cuanto vuelva la conexión.',

  'setup.title': 'Terminal no configurado',
  'setup.text':
    'Este terminal aún no tiene token de registro. Abra /kiosk/#token=… (ver kiosk/README.md).',
  'setup.refused': 'El servidor rechazó el token de este terminal: regístrelo de nuevo.',

  'language.title': 'Elija su idioma',

  'a11y.title': 'Accesibilidad',
  'a11y.largeText': 'Texto más grande',
  'a11y.largeText.hint': 'Letras más grandes',
  'a11y.highContrast': 'Alto contraste',
  'a11y.highContrast.hint': 'Texto claro sobre fondo negro',
  'a11y.lowReach': 'Mandos en la parte baja de la pantalla',
  'a11y.lowReach.hint': 'Todo al alcance de la mano, en silla de ruedas o para personas bajas',
  'a11y.audio': 'Lectura en voz alta',
  'a11y.audio.hint': 'El terminal lee cada pantalla y su número',
  'a11y.noVoice':
    'No hay ninguna voz disponible en {language} en este terminal: no puede leer en voz alta.',
  'a11y.voiceOk': 'El terminal lee las pantallas en voz alta.',
  'a11y.close': 'Cerrar',

  'idle.title': '¿Sigue ahí?',
  'idle.text': {
    one: 'Para proteger su información, el terminal vuelve al inicio en {count} segundo.',
    other: 'Para proteger su información, el terminal vuelve al inicio en {count} segundos.',
  },
  'idle.stay': 'Sigo aquí',
  'idle.leave': 'Terminar',

  'wait.minutes': {
    zero: 'menos de un minuto',
    one: 'unos {count} minuto',
    other: 'unos {count} minutos',
  },
  'wait.hours': 'unas {hours} h {minutes}',
  'wait.unknown': 'en cálculo',
  'wait.range': 'entre {low} y {high} minutos',
  'wait.moreThan': 'más de {minutes} minutos',
};
