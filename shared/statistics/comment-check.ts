import type { Bilingual } from './definitions';

// A survey comment is anonymous: one that looks like it holds a way to reach a person
// (an e-mail address, a phone number) is refused, politely, before it is stored.

const email =
  /[\p{L}\p{N}._%+-]+\s*(?:@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/iu;
// French numbers (06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78, 0033…) and
// international ones (+44 20 7946 0958, +1 (555) 123-4567): nine digits or more in a
// row, allowing spaces, dots, dashes and brackets between them, or a + in front of six.
const longNumber = /(?:\d[\s.\-/()]{0,2}){9,}/u;
const internationalNumber = /\+\s?\(?\d{1,4}\)?(?:[\s.-]?\(?\d+\)?){2,}/u;

export type CommentProblem = 'email' | 'phone';

export function personalDataIn(comment: string): CommentProblem | null {
  if (email.test(comment)) return 'email';
  const digits = comment.replace(/\D/g, '');
  if (longNumber.test(comment)) return 'phone';
  if (internationalNumber.test(comment) && digits.length >= 8) return 'phone';
  return null;
}

/** What the visitor reads when their comment is refused (the kiosk and phone pages show it). */
export const personalDataRefusal: Record<CommentProblem, Bilingual> = {
  email: {
    fr: 'Merci pour votre avis. Il reste anonyme : retirez l’adresse électronique de votre commentaire, puis envoyez-le à nouveau. Pour être recontacté, adressez-vous à l’accueil.',
    en: 'Thank you for your opinion. It stays anonymous: please remove the e-mail address from your comment and send it again. To be contacted, ask at the reception desk.',
  },
  phone: {
    fr: 'Merci pour votre avis. Il reste anonyme : retirez le numéro de téléphone de votre commentaire, puis envoyez-le à nouveau. Pour être rappelé, adressez-vous à l’accueil.',
    en: 'Thank you for your opinion. It stays anonymous: please remove the phone number from your comment and send it again. To be called back, ask at the reception desk.',
  },
};
