import type { z } from 'zod';
import type { documentSchema } from '../domain/service';

// Documents visitors are asked to bring, in the kiosk's languages (French first).

type DocumentInput = z.input<typeof documentSchema>;

export const demoDocuments = {
  antsPreDemande: {
    code: 'ants-pre-demande',
    names: {
      fr: 'Numéro de pré-demande ANTS (ou son QR code)',
      en: 'ANTS pre-application number (or its QR code)',
      es: 'Número de solicitud previa ANTS (o su código QR)',
      ar: 'رقم الطلب المسبق ANTS (أو رمز QR الخاص به)',
      pt: 'Número de pré-pedido ANTS (ou o seu código QR)',
    },
  },
  idPhoto: {
    code: 'id-photo',
    names: {
      fr: "Photo d'identité de moins de 6 mois",
      en: 'ID photo less than 6 months old',
      es: 'Foto de carné de menos de 6 meses',
      ar: 'صورة هوية لا يتجاوز عمرها 6 أشهر',
      pt: 'Fotografia tipo passe com menos de 6 meses',
    },
  },
  proofOfAddress: {
    code: 'proof-of-address',
    names: {
      fr: 'Justificatif de domicile de moins d’un an',
      en: 'Proof of address less than one year old',
      es: 'Justificante de domicilio de menos de un año',
      ar: 'إثبات السكن لا يتجاوز عمره سنة واحدة',
      pt: 'Comprovativo de morada com menos de um ano',
    },
  },
  previousId: {
    code: 'previous-id',
    names: {
      fr: 'Ancienne carte d’identité ou ancien passeport',
      en: 'Previous ID card or passport',
      es: 'Documento de identidad o pasaporte anterior',
      ar: 'بطاقة الهوية أو جواز السفر السابق',
      pt: 'Cartão de identidade ou passaporte anterior',
    },
    required: false,
  },
  taxStamp: {
    code: 'tax-stamp',
    names: {
      fr: 'Timbre fiscal (passeport, ou carte perdue ou volée)',
      en: 'Tax stamp (passport, or a lost or stolen card)',
      es: 'Timbre fiscal (pasaporte, o documento perdido o robado)',
      ar: 'طابع جبائي (لجواز السفر أو لبطاقة مفقودة أو مسروقة)',
      pt: 'Selo fiscal (passaporte, ou cartão perdido ou roubado)',
    },
    required: false,
  },
  identity: {
    code: 'identity',
    names: {
      fr: "Pièce d'identité",
      en: 'Proof of identity',
      es: 'Documento de identidad',
      ar: 'وثيقة هوية',
      pt: 'Documento de identificação',
    },
  },
  familyBook: {
    code: 'family-book',
    names: {
      fr: 'Livret de famille',
      en: 'Family record book',
      es: 'Libro de familia',
      ar: 'الدفتر العائلي',
      pt: 'Livro de família',
    },
  },
  healthBook: {
    code: 'health-book',
    names: {
      fr: "Carnet de santé de l'enfant (vaccinations)",
      en: "Child's health record (vaccinations)",
      es: 'Cartilla de salud del niño (vacunas)',
      ar: 'الدفتر الصحي للطفل (التطعيمات)',
      pt: 'Boletim de saúde da criança (vacinas)',
    },
  },
  incomeProof: {
    code: 'income-proof',
    names: {
      fr: "Dernier avis d'imposition ou attestation CAF",
      en: 'Latest tax notice or CAF certificate',
      es: 'Último aviso de impuestos o certificado de la CAF',
      ar: 'آخر إشعار ضريبي أو شهادة من CAF',
      pt: 'Última nota de liquidação de impostos ou certificado da CAF',
    },
  },
  housingRequestNumber: {
    code: 'housing-request-number',
    names: {
      fr: 'Numéro unique de demande de logement social',
      en: 'Social housing application number',
      es: 'Número único de solicitud de vivienda social',
      ar: 'الرقم الموحد لطلب السكن الاجتماعي',
      pt: 'Número único do pedido de habitação social',
    },
    required: false,
  },
} satisfies Record<string, DocumentInput>;
