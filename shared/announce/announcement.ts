import { spokenLanguages, type SpokenLanguageCode } from './spoken-languages';

// The words of a call, as written on the screen and as said aloud: "Numéro A 42,
// guichet 3" and "Numéro A quarante-deux, guichet trois". Pure, for every spoken language.

export interface CallToAnnounce {
  /** The ticket's display number, e.g. "A042". */
  number: string;
  /** The counter's label from the site configuration, e.g. "Guichet 3", "Bureau 12 B". */
  counterLabel: string;
  recall: boolean;
}

export interface Announcement {
  language: SpokenLanguageCode;
  /** What a reader sees: "Numéro A 42, guichet 3". */
  text: string;
  /** What a voice says: numbers and letters in words. */
  speech: string;
}

interface Part {
  written: string;
  said: string;
}

const ticketPattern = /^([A-Z]{1,2})(\d{1,3})$/;
const numberWithLetter = /^(\d{1,3})([A-Z])?$/;

function letterName(language: SpokenLanguageCode, letter: string): string {
  const index = letter.charCodeAt(0) - 'A'.charCodeAt(0);
  return spokenLanguages[language].letters[index] ?? letter;
}

function lettersSaid(language: SpokenLanguageCode, letters: string): string {
  return [...letters].map((letter) => letterName(language, letter)).join(' ');
}

/** "A042" → written "A 42", said "A quarante-deux". */
export function ticketParts(language: SpokenLanguageCode, number: string): Part {
  const match = ticketPattern.exec(number);
  if (!match) return labelParts(language, number, false);
  const [, prefix = '', digits = '0'] = match;
  const value = Number(digits);
  return {
    written: `${prefix} ${value}`,
    said: [lettersSaid(language, prefix), spokenLanguages[language].number(value)].join(
      spokenLanguages[language].ticketJoin,
    ),
  };
}

function tokenParts(language: SpokenLanguageCode, token: string, first: boolean): Part {
  const spoken = spokenLanguages[language];
  const numbered = numberWithLetter.exec(token);
  if (numbered) {
    const [, digits = '0', letter] = numbered;
    const value = Number(digits);
    const said = spoken.number(value);
    return letter
      ? { written: `${value} ${letter}`, said: `${said} ${letterName(language, letter)}` }
      : { written: String(value), said };
  }
  if (/^[A-Z]$/.test(token)) return { written: token, said: letterName(language, token) };
  const word = token.toLocaleLowerCase('fr');
  const translated: string | undefined = (spoken.counterWords as Record<string, string>)[word];
  // A counter word starts the label ("Guichet 3") but not the phrase: "…, guichet 3".
  const known = translated ?? (first && isCounterWord(word) ? word : undefined);
  const text = known ?? token;
  return { written: text, said: text };
}

function isCounterWord(word: string): boolean {
  return Object.hasOwn(spokenLanguages.en.counterWords, word);
}

/** "Bureau 12 B" → written "bureau 12 B", said "bureau douze bé"; any other word as it is. */
export function labelParts(language: SpokenLanguageCode, label: string, first = true): Part {
  const parts = label
    .trim()
    .split(/\s+/u)
    .filter((token) => token !== '')
    .map((token, index) => tokenParts(language, token, first && index === 0));
  return {
    written: parts.map((part) => part.written).join(' '),
    said: parts.map((part) => part.said).join(' '),
  };
}

export function announcementText(call: CallToAnnounce, language: SpokenLanguageCode): Announcement {
  const spoken = spokenLanguages[language];
  const ticket = ticketParts(language, call.number);
  const counter = labelParts(language, call.counterLabel);
  const phrase = call.recall ? spoken.recall : spoken.call;
  return {
    language,
    text: phrase(ticket.written, counter.written),
    speech: phrase(ticket.said, counter.said),
  };
}

/** The announcement in each language, in the order given (French first, as configured). */
export function announcementTexts(
  call: CallToAnnounce,
  languages: readonly SpokenLanguageCode[],
): Announcement[] {
  return languages.map((language) => announcementText(call, language));
}
