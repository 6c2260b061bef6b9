import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from '../domain/site-config';
import { demoBrand } from './demo-brand';
import { nationalPortals } from '../domain/eservices-config';
import { demoReceiptTemplates } from './demo-receipts';
import { demoCategories, demoServices } from './demo-services';

// The demo site: the Centre administratif municipal of DOMAIN.md, with its real opening
// hours and closures. Counters, agents and outcome codes are plausible demo values.

const weekday = [{ from: '08:30', to: '18:00' }];

export const demoSiteConfigInput: SiteConfigInput = {
  site: {
    id: 'centre-administratif',
    name: 'Centre administratif municipal',
    address: '47 rue du Général Leclerc, 92130 Issy-les-Moulineaux',
    townName: "Ville d'Issy-les-Moulineaux",
  },
  timezone: 'Europe/Paris',
  languages: ['fr', 'en', 'es', 'ar', 'pt'],
  calendar: {
    weekly: {
      mon: weekday,
      tue: weekday,
      wed: weekday,
      thu: [{ from: '08:30', to: '19:00' }],
      fri: weekday,
      sat: [{ from: '08:30', to: '12:00' }],
    },
    seasonal: [{ name: 'summer', from: '07-01', to: '08-31', weekly: { sat: [] } }],
    // More closures are rules too: { kind: 'annual', from: 'MM-DD', to: 'MM-DD' } every
    // year, { kind: 'range', ... } for works, { kind: 'bridge-days' } for the "ponts".
    closures: [
      {
        kind: 'range',
        from: '2025-12-26',
        to: '2025-12-27',
        reason: { fr: 'Fermeture exceptionnelle', en: 'Exceptional closure' },
      },
      {
        kind: 'date',
        date: '2026-01-03',
        reason: { fr: 'Fermeture exceptionnelle', en: 'Exceptional closure' },
      },
    ],
    publicHolidays: 'fr',
  },
  categories: demoCategories,
  services: demoServices,
  counters: [
    { id: 'g1', label: 'Guichet 1', services: ['iris', 'courrier'] },
    { id: 'g2', label: 'Guichet 2', services: ['iris', 'courrier'] },
    { id: 'g3', label: 'Guichet 3', services: ['iris', 'courrier', 'ccas'] },
    { id: 'g4', label: 'Guichet 4', services: ['etat-civil', 'cni-passeport'] },
    { id: 'g5', label: 'Guichet 5', services: ['cni-passeport', 'etat-civil'] },
    { id: 'g6', label: 'Guichet 6', services: ['education', 'petite-enfance'] },
    { id: 'g7', label: 'Guichet 7', services: ['ccas', 'logement'] },
    { id: 'g8', label: 'Guichet 8', services: ['iris', 'courrier', 'logement', 'education'] },
  ],
  agents: [
    { id: 'agent-01', label: 'Agent 01', services: ['iris', 'courrier'] },
    { id: 'agent-02', label: 'Agent 02', services: ['iris', 'courrier', 'ccas'] },
    { id: 'agent-03', label: 'Agent 03', services: ['iris', 'courrier', 'education'] },
    { id: 'agent-04', label: 'Agent 04', services: ['etat-civil', 'cni-passeport'] },
    { id: 'agent-05', label: 'Agent 05', services: ['etat-civil', 'cni-passeport', 'iris'] },
    { id: 'agent-06', label: 'Agent 06', services: ['education', 'petite-enfance'] },
    { id: 'agent-07', label: 'Agent 07', services: ['ccas', 'logement'] },
    {
      id: 'agent-08',
      label: 'Agent 08',
      services: ['iris', 'courrier', 'logement', 'education', 'ccas'],
    },
  ],
  outcomes: [
    {
      code: 'resolved',
      names: {
        fr: 'Demande traitée',
        en: 'Request handled',
        es: 'Solicitud atendida',
        ar: 'تمت معالجة الطلب',
        pt: 'Pedido tratado',
      },
    },
    {
      code: 'information',
      names: {
        fr: 'Information donnée',
        en: 'Information given',
        es: 'Información dada',
        ar: 'تم تقديم المعلومات',
        pt: 'Informação prestada',
      },
    },
    {
      code: 'redirected',
      names: {
        fr: 'Réorienté vers un autre service',
        en: 'Referred to another service',
        es: 'Derivado a otro servicio',
        ar: 'تم التوجيه إلى مصلحة أخرى',
        pt: 'Encaminhado para outro serviço',
      },
    },
    {
      code: 'incomplete-file',
      names: {
        fr: 'Dossier incomplet',
        en: 'Incomplete file',
        es: 'Expediente incompleto',
        ar: 'ملف غير مكتمل',
        pt: 'Processo incompleto',
      },
    },
    {
      code: 'appointment-booked',
      names: {
        fr: 'Rendez-vous pris',
        en: 'Appointment booked',
        es: 'Cita concertada',
        ar: 'تم حجز موعد',
        pt: 'Marcação efetuada',
      },
    },
  ],
  callingPolicy: {
    appointmentsFirst: true,
    appointmentLeadMinutes: 5,
    priority: { mode: 'interleave', normal: 2, priority: 1 },
    acrossServices: 'longest-wait',
  },
  recallLimit: 2,
  defaultCheckInWindow: { earlyMinutes: 30, lateMinutes: 15 },
  estimateSampleSize: 10,
  // Per-agent figures are personal data: the demo leaves them off, as a new site should.
  reporting: { perAgentFigures: false },
  receiptTemplates: demoReceiptTemplates,
  brand: demoBrand,
  // The waiting-room displays, each chosen by the label it was enrolled with: the hall's
  // (the one `npm start` enrols), an Arabic-first one, the first floor's (civil status
  // and passports only, portrait, silent chime); any other display gets "*".
  displays: {
    screens: [
      {
        label: 'Écran du hall (démo)',
        languages: ['fr', 'en', 'ar'],
        showWaiting: true,
        previousCalls: 6,
        volume: 0.8,
      },
      {
        label: 'Écran du hall, en arabe (démo)',
        language: 'ar',
        languages: ['ar', 'fr'],
        showWaiting: true,
      },
      {
        label: 'Écran du premier étage (démo)',
        services: ['etat-civil', 'cni-passeport'],
        counters: ['g4', 'g5'],
        layout: 'portrait',
        languages: ['fr'],
        chime: false,
        volume: 0.6,
      },
      { label: '*', languages: ['fr'] },
    ],
    information: [
      {
        fr: 'Le jeudi, le centre est ouvert jusqu’à 19 h.',
        en: 'On Thursdays the centre is open until 7 pm.',
        es: 'Los jueves, el centro abre hasta las 19:00.',
        ar: 'يفتح المركز أبوابه يوم الخميس حتى الساعة السابعة مساءً.',
        pt: 'À quinta-feira, o centro está aberto até às 19h.',
      },
      {
        fr: 'Pour une carte d’identité ou un passeport, prenez rendez-vous en ligne.',
        en: 'For an identity card or a passport, book an appointment online.',
        es: 'Para el DNI o el pasaporte, pida cita en línea.',
        ar: 'لبطاقة الهوية أو جواز السفر، احجز موعدًا عبر الإنترنت.',
        pt: 'Para o cartão de identidade ou o passaporte, marque online.',
      },
    ],
    informationSeconds: 8,
  },
  eservices: {
    portals: [
      {
        id: 'town',
        names: { fr: 'E-services de la ville', en: 'Town e-services' },
        hints: {
          fr: 'État civil, inscriptions, paiements',
          en: 'Civil records, enrolment, payments',
        },
        icon: 'town',
        start: 'https://www.issy.com/demarches',
        origins: ['https://www.issy.com'],
      },
      ...nationalPortals,
    ],
  },
};

/** The demo configuration, validated (and with defaults filled in). */
export function demoSiteConfig(): SiteConfig {
  return siteConfigSchema.parse(demoSiteConfigInput);
}
