// The récépissés a counter hands over, a few per service: what was deposited, the next
// steps. French and English wordings; the visitor's language picks one, French otherwise.
// No agent name anywhere: the receipt names the counter only.

export type TemplateText = { fr: string; en: string };

export interface ReceiptTemplate {
  id: string;
  /** Service codes it suits first; empty: any service. */
  services: readonly string[];
  title: TemplateText;
  subject: TemplateText;
  /** What the visitor may have deposited; the agent ticks what was. */
  items: readonly TemplateText[];
  nextSteps: readonly TemplateText[];
  /** Print the reference as a barcode too (files the service scans later). */
  referenceBarcode: boolean;
  /** Use the appointment's ANTS pré-demande number as the reference when there is one. */
  antsReference?: boolean;
}

export const receiptTemplates: readonly ReceiptTemplate[] = [
  {
    id: 'cni-passport-deposit',
    services: ['cni-passeport', 'cni', 'etat-civil'],
    title: { fr: 'Dépôt de dossier CNI/passeport', en: 'ID card/passport application' },
    subject: {
      fr: "Demande de carte nationale d'identité ou de passeport",
      en: 'Application for a national ID card or a passport',
    },
    items: [
      { fr: 'Pré-demande ANTS (numéro ou QR code)', en: 'ANTS pre-application (number or QR)' },
      { fr: "Photo d'identité de moins de 6 mois", en: 'ID photo less than 6 months old' },
      { fr: 'Justificatif de domicile de moins d’un an', en: 'Proof of address under a year old' },
      { fr: 'Ancien titre d’identité', en: 'Previous ID card or passport' },
      { fr: 'Timbre fiscal', en: 'Tax stamp' },
      { fr: 'Empreintes digitales relevées', en: 'Fingerprints taken' },
    ],
    nextSteps: [
      {
        fr: 'Vous recevrez un SMS ou un courriel quand votre titre sera disponible.',
        en: 'You will get a text message or an e-mail when your document is ready.',
      },
      {
        fr: 'Le retrait se fait en personne, au guichet, sur présentation de ce récépissé.',
        en: 'Collect it in person at the counter, showing this receipt.',
      },
      {
        fr: 'Un titre non retiré dans les 3 mois est détruit : pensez à venir le chercher.',
        en: 'A document not collected within 3 months is destroyed.',
      },
    ],
    referenceBarcode: true,
    antsReference: true,
  },
  {
    id: 'housing-deposit',
    services: ['logement'],
    title: { fr: 'Dépôt de dossier logement', en: 'Social housing application' },
    subject: { fr: 'Demande de logement social', en: 'Application for social housing' },
    items: [
      { fr: 'Formulaire de demande (Cerfa 14069)', en: 'Application form (Cerfa 14069)' },
      { fr: "Pièce d'identité présentée", en: 'Proof of identity shown' },
      { fr: "Dernier avis d'imposition", en: 'Latest tax notice' },
      { fr: 'Justificatifs de ressources', en: 'Proof of income' },
      { fr: 'Justificatif de domicile', en: 'Proof of address' },
    ],
    nextSteps: [
      {
        fr: 'Votre demande sera enregistrée sous un mois ; une attestation portant votre numéro unique vous sera envoyée.',
        en: 'Your application will be registered within a month; a certificate with your unique number will be sent to you.',
      },
      {
        fr: 'Renouvelez votre demande chaque année à sa date anniversaire.',
        en: 'Renew your application every year on its anniversary.',
      },
    ],
    referenceBarcode: false,
  },
  {
    id: 'civil-record-request',
    services: ['etat-civil'],
    title: { fr: "Demande d'acte d'état civil", en: 'Civil status record request' },
    subject: {
      fr: "Demande d'acte d'état civil (naissance, mariage, décès)",
      en: 'Request for a civil status record (birth, marriage, death)',
    },
    items: [
      { fr: 'Demande complétée et signée', en: 'Completed and signed request' },
      { fr: "Pièce d'identité présentée", en: 'Proof of identity shown' },
      { fr: 'Livret de famille présenté', en: 'Family record book shown' },
    ],
    nextSteps: [
      {
        fr: "L'acte vous sera adressé par courrier sous 8 jours ouvrés.",
        en: 'The record will be sent to you by post within 8 working days.',
      },
      {
        fr: 'Pour toute question, rappelez la référence de ce récépissé.',
        en: 'Quote the reference of this receipt in any question.',
      },
    ],
    referenceBarcode: false,
  },
  {
    id: 'documents-deposit',
    services: [],
    title: { fr: 'Dépôt de documents', en: 'Documents deposited' },
    subject: { fr: 'Dépôt de documents au guichet', en: 'Documents deposited at the counter' },
    items: [{ fr: 'Documents remis au guichet', en: 'Documents handed in at the counter' }],
    nextSteps: [
      {
        fr: 'Le service vous recontactera si une pièce manque.',
        en: 'The service will contact you if anything is missing.',
      },
    ],
    referenceBarcode: false,
  },
];

/** The templates for a service, its own first, then those for any service. */
export function templatesFor(service: string | undefined): ReceiptTemplate[] {
  const own = receiptTemplates.filter((t) => service && t.services.includes(service));
  const general = receiptTemplates.filter((t) => t.services.length === 0);
  const others = receiptTemplates.filter((t) => !own.includes(t) && !general.includes(t));
  return [...own, ...general, ...others];
}
