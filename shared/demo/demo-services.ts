import type { z } from 'zod';
import type { categorySchema, serviceSchema } from '../domain/service';
import { demoDocuments as doc } from './demo-documents';

// The public services of the Centre administratif municipal (DOMAIN.md). The town receives
// by appointment in its expert services; IRIS and short errands take walk-ins.

type ServiceInput = z.input<typeof serviceSchema>;
type CategoryInput = z.input<typeof categorySchema>;

const bookingBase = 'https://rendez-vous.example.fr/centre-administratif';

export const demoCategories: CategoryInput[] = [
  {
    code: 'reception',
    names: {
      fr: 'Accueil et information',
      en: 'Reception and information',
      es: 'Acogida e información',
      ar: 'الاستقبال والإرشاد',
      pt: 'Atendimento e informação',
    },
  },
  {
    code: 'civil-status',
    names: {
      fr: 'État civil et papiers d’identité',
      en: 'Civil status and identity papers',
      es: 'Registro civil y documentos de identidad',
      ar: 'الحالة المدنية ووثائق الهوية',
      pt: 'Registo civil e documentos de identificação',
    },
  },
  {
    code: 'family',
    names: {
      fr: 'Famille et scolarité',
      en: 'Family and schooling',
      es: 'Familia y escolaridad',
      ar: 'الأسرة والتمدرس',
      pt: 'Família e escolaridade',
    },
  },
  {
    code: 'solidarity',
    names: {
      fr: 'Solidarité et logement',
      en: 'Social support and housing',
      es: 'Solidaridad y vivienda',
      ar: 'التضامن والسكن',
      pt: 'Solidariedade e habitação',
    },
  },
];

export const demoServices: ServiceInput[] = [
  {
    code: 'iris',
    prefix: 'A',
    category: 'reception',
    mode: 'walk-in',
    names: {
      fr: 'IRIS – Information et orientation',
      en: 'IRIS – Information and guidance',
      es: 'IRIS – Información y orientación',
      ar: 'إيريس – الإعلام والتوجيه',
      pt: 'IRIS – Informação e orientação',
    },
    cutOffMinutes: 15,
    targetWaitMinutes: 10,
    defaultServiceMinutes: 6,
  },
  {
    code: 'courrier',
    prefix: 'C',
    category: 'reception',
    mode: 'walk-in',
    names: {
      fr: 'Courrier – dépôt et retrait',
      en: 'Mail – drop-off and collection',
      es: 'Correo – entrega y recogida',
      ar: 'البريد – الإيداع والاستلام',
      pt: 'Correio – entrega e levantamento',
    },
    cutOffMinutes: 10,
    targetWaitMinutes: 5,
    defaultServiceMinutes: 3,
  },
  {
    code: 'etat-civil',
    prefix: 'E',
    category: 'civil-status',
    mode: 'appointment',
    names: {
      fr: 'État civil – actes, mariages, reconnaissances',
      en: 'Civil status – certificates, marriages, recognitions',
      es: 'Registro civil – actas, matrimonios, reconocimientos',
      ar: 'الحالة المدنية – العقود والزواج والاعتراف',
      pt: 'Registo civil – certidões, casamentos, perfilhações',
    },
    targetWaitMinutes: 10,
    defaultServiceMinutes: 15,
    documents: [doc.identity, doc.familyBook],
    checkInWindow: { earlyMinutes: 30, lateMinutes: 15 },
    bookingUrl: `${bookingBase}/etat-civil`,
  },
  {
    code: 'cni-passeport',
    prefix: 'P',
    category: 'civil-status',
    mode: 'appointment',
    names: {
      fr: "Carte d'identité et passeport",
      en: 'ID card and passport',
      es: 'Documento de identidad y pasaporte',
      ar: 'بطاقة الهوية وجواز السفر',
      pt: 'Cartão de identidade e passaporte',
    },
    targetWaitMinutes: 10,
    defaultServiceMinutes: 20,
    documents: [doc.antsPreDemande, doc.idPhoto, doc.proofOfAddress, doc.previousId, doc.taxStamp],
    // A deposit slot is short and the next visitor is booked right after: a tight window.
    checkInWindow: { earlyMinutes: 20, lateMinutes: 10 },
    bookingUrl: `${bookingBase}/cni-passeport`,
  },
  {
    code: 'education',
    prefix: 'S',
    category: 'family',
    mode: 'appointment',
    names: {
      fr: 'Éducation – inscriptions scolaires',
      en: 'Education – school enrolment',
      es: 'Educación – inscripciones escolares',
      ar: 'التعليم – التسجيل المدرسي',
      pt: 'Educação – inscrições escolares',
    },
    defaultServiceMinutes: 20,
    documents: [doc.familyBook, doc.proofOfAddress, doc.healthBook],
    bookingUrl: `${bookingBase}/education`,
  },
  {
    code: 'petite-enfance',
    prefix: 'F',
    category: 'family',
    mode: 'appointment',
    names: {
      fr: 'Petite enfance – demandes de crèche',
      en: 'Early childhood – nursery applications',
      es: 'Primera infancia – solicitudes de guardería',
      ar: 'الطفولة المبكرة – طلبات الحضانة',
      pt: 'Primeira infância – pedidos de creche',
    },
    defaultServiceMinutes: 25,
    documents: [doc.familyBook, doc.proofOfAddress, doc.incomeProof],
    bookingUrl: `${bookingBase}/petite-enfance`,
  },
  {
    code: 'ccas',
    prefix: 'K',
    category: 'solidarity',
    // Appointments for files, and a few walk-ins a day for urgent situations.
    mode: 'both',
    names: {
      fr: 'CCAS – action sociale, handicap, seniors',
      en: 'CCAS – social support, disability, seniors',
      es: 'CCAS – acción social, discapacidad, mayores',
      ar: 'المركز البلدي للعمل الاجتماعي – الدعم الاجتماعي والإعاقة وكبار السن',
      pt: 'CCAS – ação social, deficiência, seniores',
    },
    hours: {
      mon: [
        { from: '08:30', to: '12:00' },
        { from: '13:30', to: '17:00' },
      ],
      tue: [
        { from: '08:30', to: '12:00' },
        { from: '13:30', to: '17:00' },
      ],
      wed: [{ from: '08:30', to: '12:00' }],
      thu: [
        { from: '08:30', to: '12:00' },
        { from: '13:30', to: '17:00' },
      ],
      fri: [
        { from: '08:30', to: '12:00' },
        { from: '13:30', to: '17:00' },
      ],
    },
    dailyCap: 15,
    cutOffMinutes: 30,
    targetWaitMinutes: 20,
    defaultServiceMinutes: 25,
    documents: [doc.identity, doc.proofOfAddress, doc.incomeProof],
    bookingUrl: `${bookingBase}/ccas`,
  },
  {
    code: 'logement',
    prefix: 'L',
    category: 'solidarity',
    mode: 'appointment',
    names: {
      fr: 'Logement – demandes de logement social',
      en: 'Housing – social housing applications',
      es: 'Vivienda – solicitudes de vivienda social',
      ar: 'السكن – طلبات السكن الاجتماعي',
      pt: 'Habitação – pedidos de habitação social',
    },
    defaultServiceMinutes: 25,
    documents: [doc.identity, doc.incomeProof, doc.housingRequestNumber],
    bookingUrl: `${bookingBase}/logement`,
  },
];
