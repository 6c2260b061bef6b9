import type { StatusCatalog } from '../catalog';

export const pt: StatusCatalog = {
  'page.title': 'Acompanhe a sua senha',
  'page.updatesItself': 'Esta página atualiza-se sozinha.',
  'language.label': 'Idioma',
  'ticket.number': 'O seu número',
  'state.waiting': 'Em espera',
  'state.ahead': {
    zero: 'Ninguém antes de si: em breve será a sua vez',
    one: '{count} pessoa antes de si',
    other: '{count} pessoas antes de si',
  },
  'state.wait': 'Espera estimada: {wait}',
  'state.called': 'É a sua vez!',
  'state.serving': 'O seu atendimento está em curso',
  'state.goTo': 'Dirija-se a:',
  'state.watchCallScreen': 'Veja o ecrã da sala de espera: indica para onde ir.',
  'state.done': 'A sua visita terminou. Obrigado pela sua vinda!',
  'state.noShow': 'O seu número foi chamado, mas ninguém se apresentou.',
  'state.cancelled': 'Esta senha foi cancelada.',
  'state.transferred': 'Esta senha foi transferida.',
  'state.askFrontDesk': 'Se tiver alguma dúvida, dirija-se à receção.',
  updated: 'Atualizado às {time}',
  refresh: 'Atualizar',
  'problem.noToken.title': 'Nenhuma senha para acompanhar',
  'problem.noToken':
    'Leia o código QR da sua senha (ou do ecrã do terminal) para acompanhar a sua vez aqui.',
  'problem.unknown.title': 'Senha não encontrada',
  'problem.unknown':
    'Esta senha é desconhecida ou de outro dia. Se ainda está à espera, dirija-se à receção.',
  'problem.unreachable.title': 'Sem ligação à receção',
  'problem.unreachable':
    'Continuamos a tentar automaticamente. O seu lugar na fila está garantido.',
  'problem.lastKnown': 'Última informação, recebida às {time}:',
  loading: 'A carregar…',
  watchScreen: 'O seu número também será chamado no ecrã da sala de espera.',
  privacy: 'Esta página não mostra dados pessoais.',
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
