import type { KioskCatalog } from '../catalog';

export const pt: KioskCatalog = {
  'app.title': 'Terminal de atendimento',
  'toolbar.label': 'Língua e acessibilidade',
  'toolbar.language': 'Língua',
  'toolbar.accessibility': 'Acessibilidade',
  'nav.back': 'Voltar',
  'nav.home': 'Voltar ao início',
  'nav.label': 'Navegação',

  'attract.title': 'Bem-vindo',
  'attract.touch': 'Toque no ecrã para começar',
  'attract.languages': 'Français · English · Español · العربية · Português · Українська',

  'home.title': 'O que deseja fazer?',
  'home.appointment': 'Tenho uma marcação',
  'home.appointment.hint': 'Digitalize a sua convocatória ou escreva o seu código',
  'home.ticket': 'Tirar uma senha',
  'home.ticket.hint': 'Para ser atendido sem marcação',
  'home.eservices': 'Serviços em linha',
  'home.eservices.hint': 'Sites oficiais: service-public.fr, ANTS, CAF, impots.gouv',
  'home.help': 'Preciso de ajuda',
  'home.help.hint': 'Um funcionário do atendimento vem ajudá-lo',
  'home.appointmentNote': 'A maioria dos serviços atende apenas com marcação.',

  'checkin.title': 'A sua marcação',
  'checkin.scan': 'Apresente o código QR da sua convocatória diante do leitor, por baixo do ecrã.',
  'checkin.scanUnavailable': 'O leitor de códigos não funciona: escreva o seu código.',
  'checkin.type':
    'Ou escreva o seu código de reserva (6 caracteres) ou o seu número de pré-pedido ANTS (10 caracteres).',
  'checkin.field': 'Código de reserva ou número ANTS',
  'checkin.keyboard': 'Teclado',
  'checkin.erase': 'Apagar',
  'checkin.submit': 'Confirmar',
  'checkin.searching': 'A procurar a sua marcação…',
  'checkin.badFormat':
    'Este código não é reconhecido. Um código de reserva tem 6 caracteres, um número ANTS tem 10.',
  'checkin.badScan':
    'Este código não é uma convocatória da câmara. Escreva o seu código ou pergunte no atendimento.',
  'checkin.damagedScan':
    'Este código QR está danificado ou ilegível. Escreva o seu código ou pergunte no atendimento.',
  'checkin.partialScan': 'A leitura foi interrompida. Apresente de novo o seu código.',

  'outcome.notFound.title': 'Não encontramos esta marcação',
  'outcome.notFound.text':
    'Verifique o código na sua convocatória e tente de novo. Se não funcionar, dirija-se ao atendimento.',
  'outcome.tooEarly.title': 'Chegou cedo',
  'outcome.tooEarly.text':
    'A sua marcação é às {time}. Poderá registar a sua chegada a partir das {opens}. Sente-se e volte depois ao terminal.',
  'outcome.tooLate.title': 'A hora da sua marcação já passou',
  'outcome.tooLate.text':
    'A sua marcação era às {time}. Dirija-se ao atendimento: um funcionário verá se ainda pode ser atendido ou ajudá-lo-á a marcar de novo.',
  'outcome.already.title': 'A sua chegada já está registada',
  'outcome.already.text': 'Guarde a senha {number} que recebeu e acompanhe o ecrã de chamada.',
  'outcome.already.textNoNumber': 'Guarde a senha que recebeu e acompanhe o ecrã de chamada.',
  'outcome.cancelled.title': 'Esta marcação foi cancelada',
  'outcome.cancelled.text': 'Pode fazer uma nova marcação em linha ou perguntar no atendimento.',
  'outcome.wrongDay.title': 'A sua marcação não é hoje',
  'outcome.wrongDay.text': 'Está prevista para {date}. Volte nesse dia.',
  'outcome.other.title': 'Não conseguimos registar a sua chegada',
  'outcome.other.text': 'Dirija-se ao atendimento: um funcionário vai ajudá-lo.',
  'outcome.retry': 'Escrever outro código',

  'categories.title': 'Para que assunto?',
  'services.title': 'Escolha o serviço',
  'services.waiting': {
    zero: 'Ninguém está à espera',
    one: '{count} pessoa à espera',
    other: '{count} pessoas à espera',
  },
  'services.wait': 'Espera estimada: {wait}',
  'services.appointmentOnly': 'Apenas com marcação',
  'services.closed': 'Fechado neste momento',
  'services.pastCutOff': 'Sem mais senhas hoje',
  'services.full': 'Completo hoje',
  'services.unknown': 'Indisponível',
  'services.none': 'De momento não há nenhum serviço disponível aqui.',

  'unavailable.appointmentOnly.title': '{service} atende apenas com marcação',
  'unavailable.closed.title': '{service} está fechado neste momento',
  'unavailable.closed.reopens': 'Reabre: {when}.',
  'unavailable.pastCutOff.title': '{service} já não dá senhas hoje',
  'unavailable.pastCutOff.text':
    'As senhas param antes do fecho ({time}) para que todos sejam atendidos. Volte noutro dia.',
  'unavailable.full.title': '{service} já distribuiu todas as senhas de hoje',
  'unavailable.full.text': 'Volte noutro dia ou faça uma marcação.',
  'unavailable.book': 'Faça uma marcação em linha: digitalize este código com o seu telemóvel.',
  'unavailable.bookAtDesk': 'Para fazer uma marcação, pergunte no atendimento.',
  'unavailable.qr': 'Código QR para a página de marcações',

  'documents.title': 'Tem estes documentos?',
  'documents.intro': 'Assinale os que tem consigo.',
  'documents.optional': '(se o tiver)',
  'documents.continue': 'Continuar',
  'documents.missing.title': 'Faltam-lhe documentos',
  'documents.missing.text':
    'Sem eles, o funcionário pode não conseguir concluir o seu pedido. Pode voltar com eles ou tirar uma senha mesmo assim para fazer as suas perguntas.',
  'documents.anyway': 'Tirar uma senha mesmo assim',

  'priority.title': 'Precisa de atendimento prioritário?',
  'priority.text':
    'Por exemplo: deficiência, gravidez, pessoa idosa ou criança pequena. Não tem de dizer porquê.',
  'priority.yes': 'Sim',
  'priority.no': 'Não',

  'ticket.issuing': 'A sua senha está a ser criada…',
  'ticket.waitingHub':
    'A ligação está interrompida: a sua senha será criada logo que volte, uma só vez.',
  'ticket.title': 'O seu número',
  'ticket.checkedIn': 'A sua chegada está registada',
  'ticket.appointmentAt': 'Marcação às {time}',
  'ticket.ahead': {
    zero: 'Em breve será a sua vez',
    one: '{count} pessoa antes de si',
    other: '{count} pessoas antes de si',
  },
  'ticket.wait': 'Espera estimada: {wait}',
  'ticket.waitUnknown': 'Espera estimada: em cálculo',
  'ticket.priority': 'Atendimento prioritário',
  'ticket.choose': 'Como quer a sua senha?',
  'ticket.print': 'Imprimir a minha senha',
  'ticket.print.hint': 'Recomendado',
  'ticket.paperless': 'Sem papel',
  'ticket.paperless.hint': 'Tiro uma fotografia ao ecrã',
  'ticket.printing': 'A imprimir…',
  'ticket.printed': 'Retire a sua senha por baixo do ecrã.',
  'ticket.printFailed':
    'A impressão não funcionou. Tire uma fotografia ao ecrã: o seu número continua válido. O atendimento foi avisado.',
  'ticket.mayHavePrinted':
    'A impressora não confirmou: verifique se saiu uma senha. Se não, tire uma fotografia ao ecrã.',
  'ticket.printerDown':
    'A impressora não funciona neste momento: tire uma fotografia ao ecrã. O atendimento foi avisado.',
  'ticket.photo':
    'Tire uma fotografia a este ecrã. O código QR permite acompanhar a sua vez no telemóvel.',
  'ticket.qr': 'Código QR da sua senha {number}',
  'ticket.done': 'Terminar',
  'ticket.watchScreen': 'Acompanhe o ecrã de chamada: o seu número aparecerá com o balcão.',
  'ticket.speech': 'O seu número é {number}. {ahead}. {wait}.',

  'eservices.title': 'Serviços em linha',
  'eservices.intro': 'Estes sites oficiais estão abertos 24 horas por dia.',
  'eservices.opening': 'A abrir o site…',
  'eservices.opened': 'O site está aberto. Toque em «Terminar» na barra do navegador para voltar.',
  'eservices.phone': 'Continue no seu telemóvel: digitalize este código.',
  'eservices.qr': 'Código QR para {portal}',
  'eservices.failed':
    'Este site não pode abrir no terminal. Digitalize o código com o seu telemóvel.',
  'portal.town': 'Serviços em linha da câmara',
  'portal.town.hint': 'Registo civil, inscrições, pagamentos',
  'portal.servicePublic': 'service-public.fr',
  'portal.servicePublic.hint': 'Os seus direitos e formalidades',
  'portal.ants': 'ANTS',
  'portal.ants.hint': 'Cartão de identidade, passaporte, carta de condução, registo automóvel',
  'portal.caf': 'CAF',
  'portal.caf.hint': 'Prestações familiares e de habitação',
  'portal.impots': 'impots.gouv.fr',
  'portal.impots.hint': 'Impostos e declarações',

  'help.sending': 'Estamos a avisar o atendimento…',
  'help.title': 'Um funcionário vem a caminho',
  'help.text': 'Fique perto do terminal: o atendimento foi avisado e um funcionário vem ajudá-lo.',
  'help.failed.title': 'Dirija-se ao atendimento',
  'help.failed.text':
    'Não conseguimos avisar o atendimento. Um funcionário vai ajudá-lo no balcão de atendimento.',

  'hubDown.title': 'Dirija-se ao atendimento',
  'hubDown.text':
    'O terminal não consegue contactar o serviço de filas neste momento. Um funcionário do atendimento vai ajudá-lo.',
  'hubDown.recovering': 'O terminal retomará sozinho logo que a ligação volte.',
  'hubDown.pending': 'O seu pedido de senha será concluído logo que a ligação volte.',

  'setup.title': 'Terminal não configurado',
  'setup.text':
    'Este terminal ainda não tem token de registo. Abra /kiosk/#token=… (ver kiosk/README.md).',
  'setup.refused': 'O servidor recusou o token deste terminal: registe-o de novo.',

  'language.title': 'Escolha a sua língua',

  'a11y.title': 'Acessibilidade',
  'a11y.largeText': 'Texto maior',
  'a11y.largeText.hint': 'Letras maiores',
  'a11y.highContrast': 'Alto contraste',
  'a11y.highContrast.hint': 'Texto claro sobre fundo preto',
  'a11y.lowReach': 'Comandos na parte de baixo do ecrã',
  'a11y.lowReach.hint': 'Tudo ao alcance, em cadeira de rodas ou para pessoas baixas',
  'a11y.audio': 'Leitura em voz alta',
  'a11y.audio.hint': 'O terminal lê cada ecrã e a sua senha',
  'a11y.noVoice':
    'Não há nenhuma voz disponível em {language} neste terminal: não pode ler em voz alta.',
  'a11y.voiceOk': 'O terminal lê os ecrãs em voz alta.',
  'a11y.close': 'Fechar',

  'idle.title': 'Ainda está aí?',
  'idle.text': {
    one: 'Para proteger as suas informações, o terminal volta ao início dentro de {count} segundo.',
    other:
      'Para proteger as suas informações, o terminal volta ao início dentro de {count} segundos.',
  },
  'idle.stay': 'Ainda estou aqui',
  'idle.leave': 'Terminar',

  'wait.minutes': {
    zero: 'menos de um minuto',
    one: 'cerca de {count} minuto',
    other: 'cerca de {count} minutos',
  },
  'wait.hours': 'cerca de {hours} h {minutes}',
  'wait.unknown': 'em cálculo',
  'wait.range': 'entre {low} e {high} minutos',
  'wait.moreThan': 'mais de {minutes} minutos',
};
