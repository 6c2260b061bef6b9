import type { ReceiptTemplateInput } from '../domain/receipt-template';

// The demo site's récépissés: what was deposited and the next steps, in French and
// English. No agent name anywhere: a receipt names the counter only.

const text = (fr: string, en: string) => ({ fr, en });

export const demoReceiptTemplates: ReceiptTemplateInput[] = [
  {
    id: 'cni-passport-deposit',
    names: text('Dépôt de dossier CNI/passeport', 'ID card/passport application'),
    services: ['cni-passeport', 'etat-civil'],
    subject: text(
      "Demande de carte nationale d'identité ou de passeport",
      'Application for a national ID card or a passport',
    ),
    items: [
      text('Pré-demande ANTS (numéro ou QR code)', 'ANTS pre-application (number or QR)'),
      text("Photo d'identité de moins de 6 mois", 'ID photo less than 6 months old'),
      text('Justificatif de domicile de moins d’un an', 'Proof of address under a year old'),
      text('Ancien titre d’identité', 'Previous ID card or passport'),
      text('Timbre fiscal', 'Tax stamp'),
      text('Empreintes digitales relevées', 'Fingerprints taken'),
    ],
    nextSteps: [
      text(
        'Vous recevrez un SMS ou un courriel quand votre titre sera disponible.',
        'You will get a text message or an e-mail when your document is ready.',
      ),
      text(
        'Le retrait se fait en personne, au guichet, sur présentation de ce récépissé.',
        'Collect it in person at the counter, showing this receipt.',
      ),
      text(
        'Un titre non retiré dans les 3 mois est détruit : pensez à venir le chercher.',
        'A document not collected within 3 months is destroyed.',
      ),
    ],
    referenceBarcode: true,
    antsReference: true,
  },
  {
    id: 'housing-deposit',
    names: text('Dépôt de dossier logement', 'Social housing application'),
    services: ['logement'],
    subject: text('Demande de logement social', 'Application for social housing'),
    items: [
      text('Formulaire de demande (Cerfa 14069)', 'Application form (Cerfa 14069)'),
      text("Pièce d'identité présentée", 'Proof of identity shown'),
      text("Dernier avis d'imposition", 'Latest tax notice'),
      text('Justificatifs de ressources', 'Proof of income'),
      text('Justificatif de domicile', 'Proof of address'),
    ],
    nextSteps: [
      text(
        'Votre demande sera enregistrée sous un mois ; une attestation portant votre numéro unique vous sera envoyée.',
        'Your application will be registered within a month; a certificate with your unique number will be sent to you.',
      ),
      text(
        'Renouvelez votre demande chaque année à sa date anniversaire.',
        'Renew your application every year on its anniversary.',
      ),
    ],
  },
  {
    id: 'civil-record-request',
    names: text("Demande d'acte d'état civil", 'Civil status record request'),
    services: ['etat-civil'],
    subject: text(
      "Demande d'acte d'état civil (naissance, mariage, décès)",
      'Request for a civil status record (birth, marriage, death)',
    ),
    items: [
      text('Demande complétée et signée', 'Completed and signed request'),
      text("Pièce d'identité présentée", 'Proof of identity shown'),
      text('Livret de famille présenté', 'Family record book shown'),
    ],
    nextSteps: [
      text(
        "L'acte vous sera adressé par courrier sous 8 jours ouvrés.",
        'The record will be sent to you by post within 8 working days.',
      ),
      text(
        'Pour toute question, rappelez la référence de ce récépissé.',
        'Quote the reference of this receipt in any question.',
      ),
    ],
  },
  {
    id: 'documents-deposit',
    names: text('Dépôt de documents', 'Documents deposited'),
    services: [],
    subject: text('Dépôt de documents au guichet', 'Documents deposited at the counter'),
    items: [text('Documents remis au guichet', 'Documents handed in at the counter')],
    nextSteps: [
      text(
        'Le service vous recontactera si une pièce manque.',
        'The service will contact you if anything is missing.',
      ),
    ],
  },
];
