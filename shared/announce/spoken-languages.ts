import { arabicNumber } from './words/ar';
import { englishNumber } from './words/en';
import { spanishNumber } from './words/es';
import { frenchNumber } from './words/fr';
import { portugueseNumber } from './words/pt';
import { ukrainianNumber } from './words/uk';

// How each language the product speaks to visitors says a call: its numbers in words, the
// names of the Latin letters of ticket prefixes, and the words of the phrase. Keyed by the
// same codes as the visitor languages (checked by renderer/common/speech's test).

export interface SpokenLanguage {
  /** 0–999 in words, in the form that follows "number" (masculine where it matters). */
  number(n: number): string;
  /** The Latin letters A–Z as a speaker of the language names them. */
  letters: readonly string[];
  /** "Numéro A 42, guichet 3" with the ticket and the counter already said. */
  call(ticket: string, counter: string): string;
  /** The same call once more, said as a recall. */
  recall(ticket: string, counter: string): string;
  /**
   * Between a ticket's letters and its number when said: English voices read a lone "A"
   * as the article ("uh"), "A-forty-two" as the letter.
   */
  ticketJoin: ' ' | '-';
  /** The French words counters are named with ("Guichet 3"), in this language. */
  counterWords: Readonly<Record<string, string>>;
}

const latin = (names: string) => names.split(',');

export const spokenLanguages = {
  fr: {
    number: frenchNumber,
    letters: latin(
      'a,bé,cé,dé,euh,effe,gé,hache,i,ji,ka,elle,emme,enne,o,pé,cu,erre,esse,té,u,vé,double vé,ixe,i grec,zède',
    ),
    call: (ticket, counter) => `Numéro ${ticket}, ${counter}`,
    recall: (ticket, counter) => `Rappel : numéro ${ticket}, ${counter}`,
    ticketJoin: ' ',
    counterWords: {},
  },
  en: {
    number: englishNumber,
    letters: latin('A,B,C,D,E,F,G,H,I,J,K,L,M,N,O,P,Q,R,S,T,U,V,W,X,Y,Z'),
    call: (ticket, counter) => `Number ${ticket}, ${counter}`,
    recall: (ticket, counter) => `Calling again: number ${ticket}, ${counter}`,
    ticketJoin: '-',
    counterWords: {
      guichet: 'counter',
      bureau: 'office',
      box: 'booth',
      salle: 'room',
      caisse: 'cash desk',
      accueil: 'reception',
    },
  },
  es: {
    number: spanishNumber,
    letters: latin(
      'a,be,ce,de,e,efe,ge,hache,i,jota,ka,ele,eme,ene,o,pe,cu,erre,ese,te,u,uve,uve doble,equis,i griega,zeta',
    ),
    call: (ticket, counter) => `Número ${ticket}, ${counter}`,
    recall: (ticket, counter) => `Nuevo aviso: número ${ticket}, ${counter}`,
    ticketJoin: ' ',
    counterWords: {
      guichet: 'ventanilla',
      bureau: 'despacho',
      box: 'cabina',
      salle: 'sala',
      caisse: 'caja',
      accueil: 'recepción',
    },
  },
  pt: {
    number: portugueseNumber,
    letters: latin(
      'á,bê,cê,dê,é,efe,gê,agá,i,jota,capa,ele,eme,ene,ó,pê,quê,erre,esse,tê,u,vê,dâblio,xis,ípsilon,zê',
    ),
    call: (ticket, counter) => `Número ${ticket}, ${counter}`,
    recall: (ticket, counter) => `Nova chamada: número ${ticket}, ${counter}`,
    ticketJoin: ' ',
    counterWords: {
      guichet: 'balcão',
      bureau: 'gabinete',
      box: 'cabine',
      salle: 'sala',
      caisse: 'caixa',
      accueil: 'receção',
    },
  },
  ar: {
    number: arabicNumber,
    letters: latin(
      'إيه,بي,سي,دي,إي,إف,جي,إتش,آي,جيه,كيه,إل,إم,إن,أو,بي,كيو,آر,إس,تي,يو,في,دبليو,إكس,واي,زد',
    ),
    call: (ticket, counter) => `الرقم ${ticket}، ${counter}`,
    recall: (ticket, counter) => `تذكير: الرقم ${ticket}، ${counter}`,
    ticketJoin: ' ',
    counterWords: {
      guichet: 'الشباك',
      bureau: 'المكتب',
      box: 'المقصورة',
      salle: 'القاعة',
      caisse: 'الصندوق',
      accueil: 'الاستقبال',
    },
  },
  uk: {
    number: ukrainianNumber,
    letters: latin(
      "ей,бі,сі,ді,і,еф,джі,ейч,ай,джей,кей,ел,ем,ен,оу,пі,к'ю,ар,ес,ті,ю,ві,дабл-ю,екс,уай,зед",
    ),
    call: (ticket, counter) => `Номер ${ticket}, ${counter}`,
    recall: (ticket, counter) => `Повторний виклик: номер ${ticket}, ${counter}`,
    ticketJoin: ' ',
    counterWords: {
      guichet: 'віконце',
      bureau: 'кабінет',
      box: 'кабінка',
      salle: 'зала',
      caisse: 'каса',
      accueil: 'рецепція',
    },
  },
} as const satisfies Record<string, SpokenLanguage>;

export type SpokenLanguageCode = keyof typeof spokenLanguages;

export function isSpokenLanguage(code: string): code is SpokenLanguageCode {
  return Object.hasOwn(spokenLanguages, code);
}
