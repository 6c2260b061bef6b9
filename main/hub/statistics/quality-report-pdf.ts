import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { glossary } from '../../../shared/statistics/definitions';
import type { Row } from '../../../shared/statistics/tables';
import type { QualityReportData } from './quality-report-data';

export type ReportLanguage = 'fr' | 'en';

// Fonts with the accents of French (é, è, à, ç, œ) and the narrow no-break space of
// "90 %": Debian's DejaVu, else Noto. The PDF embeds (a subset of) the one found.
const fontCandidates = [
  [
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  ],
  [
    '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
    '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf',
  ],
] as const;

export function reportFonts(): { regular: string; bold: string } {
  const found = fontCandidates.find(([regular, bold]) => existsSync(regular) && existsSync(bold));
  if (!found)
    throw new Error(
      'no font for the quality report: install fonts-dejavu-core or fonts-noto-core (apt-get install fonts-dejavu-core)',
    );
  return { regular: found[0], bold: found[1] };
}

const words = {
  fr: {
    title: (year: number) => `Rapport qualité de l’accueil — ${year}`,
    subtitle: 'Indicateurs Qualivilles : résultats de l’année',
    generated: (date: string) => `Établi le ${date} par le système de gestion de l’accueil.`,
    commitments: 'Nos engagements',
    commitment: 'Engagement',
    promised: 'Objectif',
    reached: 'Résultat',
    measured: 'Mesures',
    met: 'Atteint',
    yes: 'Oui',
    no: 'Non',
    none: 'Pas de mesure',
    noCommitments: 'Aucun engagement n’est configuré (quality.commitments).',
    year: 'L’année en chiffres',
    visits: 'Visites',
    served: 'Reçus',
    noShows: 'Absents',
    waitMedian: 'Attente médiane',
    waitP90: 'Attente p90',
    withinTarget: 'Dans l’objectif',
    paperless: 'Dématérialisés',
    paperlessShort: 'Sans papier',
    paperlessShare: 'Part dématérialisée',
    rating: (n: number) => `Note ${n}`,
    satisfaction: 'Satisfaction',
    estimate: 'Attente annoncée à ±5 min',
    month: 'Mois',
    monthly: 'Mois par mois',
    satisfactionTitle: 'Enquête de satisfaction',
    answers: 'Réponses',
    meanRating: 'Note moyenne (sur 5)',
    satisfied: 'Satisfaits (4 ou 5)',
    ratings: 'Répartition des notes',
    complaintsTitle: 'Réclamations',
    received: 'Reçues',
    answered: 'Répondues',
    inTime: 'Répondues dans le délai',
    meanDays: 'Délai moyen de réponse',
    late: 'En retard',
    estimateTitle: 'Fiabilité de l’attente annoncée',
    estimated: 'Visites avec une estimation',
    mae: 'Écart moyen absolu',
    paperTitle: 'Zéro papier',
    tickets: 'Tickets de borne',
    printed: 'Imprimés',
    definitions: 'Définitions',
    days: (n: string) => `${n} jours`,
    minutes: (n: string) => `${n} min`,
    page: (n: number, total: number) => `Page ${n} sur ${total}`,
    noData: 'Aucune donnée pour cette période.',
  },
  en: {
    title: (year: number) => `Reception quality report — ${year}`,
    subtitle: 'Qualivilles indicators: the year’s results',
    generated: (date: string) => `Produced on ${date} by the reception management system.`,
    commitments: 'Our commitments',
    commitment: 'Commitment',
    promised: 'Target',
    reached: 'Result',
    measured: 'Measured',
    met: 'Met',
    yes: 'Yes',
    no: 'No',
    none: 'Not measured',
    noCommitments: 'No commitment is configured (quality.commitments).',
    year: 'The year in figures',
    visits: 'Visits',
    served: 'Served',
    noShows: 'No-shows',
    waitMedian: 'Median wait',
    waitP90: 'p90 wait',
    withinTarget: 'Within target',
    paperless: 'Paperless',
    paperlessShort: 'Paperless',
    paperlessShare: 'Paperless share',
    rating: (n: number) => `Rating ${n}`,
    satisfaction: 'Satisfaction',
    estimate: 'Wait shown within ±5 min',
    month: 'Month',
    monthly: 'Month by month',
    satisfactionTitle: 'Satisfaction survey',
    answers: 'Answers',
    meanRating: 'Mean rating (out of 5)',
    satisfied: 'Satisfied (4 or 5)',
    ratings: 'Ratings',
    complaintsTitle: 'Complaints',
    received: 'Received',
    answered: 'Answered',
    inTime: 'Answered in time',
    meanDays: 'Mean time to answer',
    late: 'Late',
    estimateTitle: 'Accuracy of the wait shown',
    estimated: 'Visits with an estimate',
    mae: 'Mean absolute error',
    paperTitle: 'Zero paper',
    tickets: 'Kiosk tickets',
    printed: 'Printed',
    definitions: 'Definitions',
    days: (n: string) => `${n} days`,
    minutes: (n: string) => `${n} min`,
    page: (n: number, total: number) => `Page ${n} of ${total}`,
    noData: 'No data for this period.',
  },
};

const locale = { fr: 'fr-FR', en: 'en-GB' };

function formatters(language: ReportLanguage, timeZone: string) {
  const integer = new Intl.NumberFormat(locale[language]);
  const decimal = new Intl.NumberFormat(locale[language], { maximumFractionDigits: 1 });
  const decimal2 = new Intl.NumberFormat(locale[language], { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale[language], {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const v = (row: Row | undefined, key: string) => {
    const value = row?.[key];
    return typeof value === 'number' ? value : null;
  };
  const dash = '—';
  return {
    count: (row: Row | undefined, key: string) => {
      const n = v(row, key);
      return n === null ? dash : integer.format(n);
    },
    share: (value: number | null) => (value === null ? dash : percent.format(value)),
    shareOf: (row: Row | undefined, key: string) => {
      const n = v(row, key);
      return n === null ? dash : percent.format(n);
    },
    minutesOf: (row: Row | undefined, key: string) => {
      const n = v(row, key);
      return n === null ? dash : words[language].minutes(decimal.format(n / 60));
    },
    rating: (row: Row | undefined) => {
      const n = v(row, 'mean');
      return n === null ? dash : decimal2.format(n);
    },
    days: (row: Row | undefined, key: string) => {
      const n = v(row, key);
      return n === null ? dash : words[language].days(decimal.format(n));
    },
    date: (ms: number) =>
      new Intl.DateTimeFormat(locale[language], { dateStyle: 'long', timeZone }).format(ms),
    month: (month: string) =>
      new Intl.DateTimeFormat(locale[language], {
        month: 'long',
        timeZone: 'UTC',
      }).format(Date.parse(`${month}-01T12:00:00Z`)),
  };
}

type Doc = InstanceType<typeof PDFDocument>;

const margin = 50;
const ink = '#1a1a1a';
const muted = '#555555';
const rule = '#999999';

function heading(doc: Doc, text: string): void {
  if (doc.y > doc.page.height - 150) doc.addPage();
  doc.moveDown(0.8).font('bold').fontSize(14).fillColor(ink).text(text, margin);
  doc.moveDown(0.3).font('regular').fontSize(10);
}

/** A table drawn cell by cell: a bold header, a rule, then rows (page breaks repeat the header). */
function table(
  doc: Doc,
  headers: string[],
  rows: string[][],
  widths: number[],
  headerSize = 9,
): void {
  const size = (font: string) => (font === 'bold' ? headerSize : 9);
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size(font));
    return (
      Math.max(
        ...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 60) - 6 })),
      ) + 6
    );
  };
  const draw = (cells: string[], font: string) => {
    const height = rowHeight(cells, font);
    if (doc.y + height > doc.page.height - margin - 20) {
      doc.addPage();
      draw(headers, 'bold');
    }
    const top = doc.y;
    let x = margin;
    cells.forEach((cell, i) => {
      const width = widths[i] ?? 60;
      doc
        .font(font)
        .fontSize(size(font))
        .fillColor(ink)
        .text(cell, x + 3, top + 3, { width: width - 6, align: i === 0 ? 'left' : 'right' });
      x += width;
    });
    doc
      .moveTo(margin, top + height)
      .lineTo(x, top + height)
      .lineWidth(font === 'bold' ? 1 : 0.3)
      .strokeColor(rule)
      .stroke();
    doc.x = margin;
    doc.y = top + height;
  };
  draw(headers, 'bold');
  for (const row of rows) draw(row, 'regular');
  doc.x = margin;
  doc.moveDown(0.5);
}

/** The yearly quality report as PDF bytes: made here, with no browser. */
export async function renderQualityReport(
  data: QualityReportData,
  language: ReportLanguage,
): Promise<Buffer> {
  const w = words[language];
  const f = formatters(language, data.timeZone);
  const fonts = reportFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    lang: language === 'fr' ? 'fr-FR' : 'en-GB',
    displayTitle: true,
    info: {
      Title: w.title(data.year),
      Author: data.town,
      Subject: w.subtitle,
      CreationDate: new Date(data.generatedAt),
      ModDate: new Date(data.generatedAt),
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  // Page 1: the commitments and the year at a glance.
  doc.font('bold').fontSize(20).fillColor(ink).text(w.title(data.year));
  doc.font('regular').fontSize(12).fillColor(muted).text(`${data.town} — ${data.site}`);
  doc
    .fontSize(10)
    .text(w.subtitle)
    .text(w.generated(f.date(data.generatedAt)));
  heading(doc, w.commitments);
  if (data.commitments.length === 0) doc.fillColor(muted).text(w.noCommitments).fillColor(ink);
  else
    table(
      doc,
      [w.commitment, w.promised, w.reached, w.measured, w.met],
      data.commitments.map((r) => [
        r.commitment.label[language] ?? r.commitment.label.fr ?? '',
        f.share(r.commitment.share),
        f.share(r.measure.share),
        new Intl.NumberFormat(locale[language]).format(r.measure.count),
        r.met === null ? w.none : r.met ? `✓ ${w.yes}` : `✗ ${w.no}`,
      ]),
      [255, 50, 60, 60, 70],
    );
  const t = data.totals;
  heading(doc, w.year);
  keyFiguresList(doc, [
    [w.visits, f.count(t.visits, 'visits')],
    [w.served, f.count(t.visits, 'served')],
    [w.noShows, f.count(t.visits, 'noShows')],
    [w.waitMedian, f.minutesOf(t.waiting, 'p50')],
    [w.waitP90, f.minutesOf(t.waiting, 'p90')],
    [w.withinTarget, f.shareOf(t.waiting, 'withinTargetShare')],
    [w.paperless, f.shareOf(t.delivery, 'paperlessShare')],
    [
      `${w.satisfaction} (${f.count(t.satisfaction, 'answers')} ${w.answers.toLowerCase()})`,
      f.rating(t.satisfaction),
    ],
    [w.estimate, f.shareOf(t.estimates, 'withinToleranceShare')],
  ]);

  // Page 2: month by month.
  doc.addPage();
  heading(doc, w.monthly);
  if (data.months.length === 0) doc.text(w.noData);
  else
    table(
      doc,
      [
        w.month,
        w.visits,
        w.waitMedian,
        w.waitP90,
        w.withinTarget,
        w.noShows,
        w.paperlessShort,
        w.satisfaction,
        w.estimate,
      ],
      data.months.map((m) => [
        f.month(m.month),
        f.count(m.visits, 'visits'),
        f.minutesOf(m.waiting, 'p50'),
        f.minutesOf(m.waiting, 'p90'),
        f.shareOf(m.waiting, 'withinTargetShare'),
        f.count(m.visits, 'noShows'),
        f.shareOf(m.delivery, 'paperlessShare'),
        `${f.rating(m.satisfaction)} (${f.count(m.satisfaction, 'answers')})`,
        f.shareOf(m.estimates, 'withinToleranceShare'),
      ]),
      [60, 42, 52, 52, 55, 45, 62, 70, 57],
      7.5,
    );

  // Page 3: satisfaction, complaints, estimates, paper.
  doc.addPage();
  heading(doc, w.satisfactionTitle);
  keyFiguresList(doc, [
    [w.answers, f.count(t.satisfaction, 'answers')],
    [w.meanRating, f.rating(t.satisfaction)],
    [w.satisfied, f.shareOf(t.satisfaction, 'satisfiedShare')],
  ]);
  doc.moveDown(0.3);
  table(
    doc,
    [w.ratings, ...[1, 2, 3, 4, 5].map((n) => w.rating(n))],
    [[w.answers, ...[1, 2, 3, 4, 5].map((n) => f.count(t.satisfaction, `rating${n}`))]],
    [145, 70, 70, 70, 70, 70],
  );
  heading(doc, w.complaintsTitle);
  keyFiguresList(doc, [
    [w.received, f.count(t.complaints, 'received')],
    [w.answered, f.count(t.complaints, 'answered')],
    [w.inTime, f.shareOf(t.complaints, 'inTimeShare')],
    [w.meanDays, f.days(t.complaints, 'meanAnswerDays')],
    [w.late, f.count(t.complaints, 'late')],
  ]);
  heading(doc, w.estimateTitle);
  keyFiguresList(doc, [
    [w.estimated, f.count(t.estimates, 'estimated')],
    [w.mae, f.minutesOf(t.estimates, 'meanAbsoluteErrorSeconds')],
    [w.estimate, f.shareOf(t.estimates, 'withinToleranceShare')],
  ]);
  heading(doc, w.paperTitle);
  keyFiguresList(doc, [
    [w.tickets, f.count(t.delivery, 'tickets')],
    [w.printed, f.count(t.delivery, 'printed')],
    [w.paperless, f.count(t.delivery, 'paperless')],
    [w.paperlessShare, f.shareOf(t.delivery, 'paperlessShare')],
  ]);

  // Page 4: the definitions, written once in shared/statistics/definitions.ts.
  doc.addPage();
  heading(doc, w.definitions);
  for (const entry of Object.values(glossary)) {
    doc.font('regular').fontSize(9.5).fillColor(ink).text(entry[language], { paragraphGap: 6 });
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(muted)
      .text(
        `${data.town} — ${w.title(data.year)} — ${w.page(i + 1, range.count)}`,
        margin,
        doc.page.height - 35,
        {
          width: doc.page.width - 2 * margin,
          align: 'center',
        },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function keyFiguresList(doc: Doc, pairs: [string, string][]): void {
  doc.font('regular').fontSize(10);
  for (const [label, value] of pairs) {
    const top = doc.y;
    doc.font('regular').fillColor(muted).text(label, margin, top, { width: 300 });
    const after = doc.y;
    doc
      .font('bold')
      .fillColor(ink)
      .text(value, margin + 300, top, { width: 195, align: 'right' });
    doc.x = margin;
    doc.y = Math.max(after, doc.y) + 3;
  }
  doc.font('regular').fillColor(ink);
}
