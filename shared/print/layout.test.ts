import { describe, expect, it } from 'vitest';
import { encodeText } from './code-page';
import { printContentSchema, type PrintContentInput } from './content';
import type { RasterImage } from './escpos';
import { layoutDocument, renderPrintContent } from './layout';
import { printLabels } from './labels';
import { papers } from './paper';
import type { RasterRequest } from './render';

const ticket = {
  kind: 'ticket',
  townName: "Ville d'Issy-les-Moulineaux",
  siteName: 'Centre administratif municipal',
  language: 'fr',
  serviceName: 'État civil',
  ticketNumber: 'A042',
  issuedAt: { epochMs: Date.UTC(2025, 0, 14, 9, 42), timeZone: 'Europe/Paris' },
  peopleAhead: 3,
  estimatedWaitMinutes: 15,
  qr: 'Qx7vK2pLm9RtZ4wBq1',
} satisfies PrintContentInput;

const receipt = {
  kind: 'receipt',
  townName: "Ville d'Issy-les-Moulineaux",
  language: 'fr',
  serviceName: 'État civil',
  subject: 'Demande de passeport',
  items: ['Timbre fiscal de 86 €', 'Le cœur du dossier'],
  reference: 'PAS-2025-000042',
  counter: '4',
  issuedAt: { date: 'Mardi 14 janvier 2025', time: '10:42' },
  nextSteps: ['Retrait sous « trois semaines » — sur rendez-vous.'],
} satisfies PrintContentInput;

function contains(haystack: Uint8Array, text: string): boolean {
  const needle = encodeText('wpc1252', text).bytes;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const blankRaster =
  (requests: RasterRequest[]) =>
  (request: RasterRequest): RasterImage => {
    requests.push(request);
    const heightDots = request.lineHeightDots;
    return {
      widthDots: request.widthDots,
      heightDots,
      bits: new Uint8Array((request.widthDots / 8) * heightDots),
    };
  };

describe('content models', () => {
  it('accept a complete ticket and fill the receipt defaults', () => {
    expect(printContentSchema.parse(ticket)).toEqual(ticket);
    expect(printContentSchema.parse(receipt)).toMatchObject({ referenceBarcode: false });
  });

  it('refuse personal data and anything not declared', () => {
    const rejects = (content: unknown) =>
      expect(printContentSchema.safeParse(content).success).toBe(false);
    rejects({ ...receipt, agentName: 'Mme Martin' });
    rejects({ ...ticket, visitorName: 'Jean Dupont' });
    rejects({ ...ticket, qr: 'mailto:jean.dupont@example.fr' });
    rejects({ ...ticket, qr: 'https://example.fr/?email=jean@example.fr' });
    rejects({ ...ticket, qr: 'short' });
    rejects({ ...ticket, ticketNumber: 'a42' });
    rejects({ ...ticket, issuedAt: { epochMs: 0, timeZone: 'Mars/Olympus' } });
    rejects({ ...receipt, items: [] });
  });
});

describe('layouts', () => {
  it('print a French ticket without a single substitution, at both widths', () => {
    for (const paperWidth of [58, 80] as const) {
      const { bytes, report } = renderPrintContent(printContentSchema.parse(ticket), {
        paperWidth,
      });
      expect(report).toEqual({ substitutions: [], rasterizedBlocks: 0 });
      expect(contains(bytes, 'Mardi 14 janvier 2025 à 10:42')).toBe(true);
      expect(contains(bytes, 'Personnes avant vous')).toBe(true);
      expect(contains(bytes, 'Qx7vK2pLm9RtZ4wBq1')).toBe(true);
    }
  });

  it('print only what the estimate can stand by: a figure, a range or "more than"', () => {
    const printed = (estimatedWait: unknown) =>
      renderPrintContent(printContentSchema.parse({ ...ticket, estimatedWait }), {
        paperWidth: 80,
      }).bytes;
    expect(contains(printed({ kind: 'minutes', minutes: 12 }), 'env. 12 min')).toBe(true);
    expect(contains(printed({ kind: 'range', low: 15, high: 25 }), '15 à 25 min')).toBe(true);
    expect(contains(printed({ kind: 'more-than', minutes: 45 }), 'plus de 45 min')).toBe(true);
    expect(contains(printed({ kind: 'unknown' }), 'en cours de calcul')).toBe(true);
    // The figure alone (a kiosk that sends no shown estimate) still prints as before.
    expect(contains(printed(undefined), 'env. 15 min')).toBe(true);
    expect(() => printed({ kind: 'range', low: 'soon' })).toThrow();
  });

  it('print the ticket number as large as the paper allows', () => {
    const doc = layoutDocument(printContentSchema.parse(ticket), {
      paper: papers[58],
      labels: printLabels.fr,
      duplicate: false,
    });
    expect(doc.blocks).toContainEqual({
      kind: 'text',
      text: 'A042',
      align: 'center',
      style: { bold: true, width: 8, height: 8 },
    });
  });

  it('spell out in PC858 what it lacks, and say so', () => {
    const { report } = renderPrintContent(printContentSchema.parse(receipt), {
      paperWidth: 80,
      codePage: 'pc858',
    });
    expect(report.substitutions.map((s) => `${s.char}>${s.replacement}`)).toEqual(['œ>oe', '—>-']);
  });

  it('mark a reprint as a duplicate', () => {
    const { bytes } = renderPrintContent(printContentSchema.parse(receipt), {
      paperWidth: 58,
      duplicate: true,
    });
    expect(contains(bytes, 'DUPLICATA')).toBe(true);
  });

  it('mark content printed again on purpose (a lost ticket) as a duplicate too', () => {
    const again = renderPrintContent(printContentSchema.parse({ ...ticket, duplicate: true }), {
      paperWidth: 80,
    });
    expect(contains(again.bytes, 'DUPLICATA')).toBe(true);
    const first = renderPrintContent(printContentSchema.parse(ticket), { paperWidth: 80 });
    expect(contains(first.bytes, 'DUPLICATA')).toBe(false);
  });

  it('hand Arabic lines to the rasterizer, right to left, and keep the number as text', () => {
    const requests: RasterRequest[] = [];
    const arabic = printContentSchema.parse({
      ...ticket,
      language: 'ar',
      serviceName: 'الحالة المدنية',
    });
    const { bytes, report } = renderPrintContent(arabic, {
      paperWidth: 80,
      rasterize: blankRaster(requests),
    });
    expect(report.substitutions.filter((s) => s.lost)).toEqual([]);
    expect(report.rasterizedBlocks).toBe(requests.length);
    expect(requests.map((r) => r.text)).toContain('رقمك');
    expect(requests.every((r) => r.direction === 'rtl' && r.widthDots === 576)).toBe(true);
    expect(requests.find((r) => r.text === 'عدد الأشخاص قبلك')?.end).toBe('3');
    expect(contains(bytes, 'A042')).toBe(true);
    expect(contains(bytes, "Ville d'Issy-les-Moulineaux")).toBe(true);
  });

  it('without a rasterizer, print Arabic as "?" and report every lost character', () => {
    const arabic = printContentSchema.parse({ ...ticket, language: 'ar' });
    const { report } = renderPrintContent(arabic, { paperWidth: 58 });
    expect(report.rasterizedBlocks).toBe(0);
    expect(report.substitutions.some((s) => s.char === 'ر' && s.lost)).toBe(true);
  });

  it('hand Ukrainian (Cyrillic) lines to the rasterizer, left to right, and keep the number as text', () => {
    const requests: RasterRequest[] = [];
    const ukrainian = printContentSchema.parse({
      ...ticket,
      language: 'uk',
      serviceName: 'Реєстрація актів цивільного стану',
    });
    const { bytes, report } = renderPrintContent(ukrainian, {
      paperWidth: 58,
      rasterize: blankRaster(requests),
    });
    expect(report.substitutions.filter((s) => s.lost)).toEqual([]);
    expect(requests.map((r) => r.text)).toEqual(
      expect.arrayContaining(['Ваш номер', 'Реєстрація актів цивільного стану']),
    );
    expect(requests.find((r) => r.text === 'Людей перед вами')?.end).toBe('3');
    expect(requests.every((r) => r.direction === 'ltr' && r.widthDots === 384)).toBe(true);
    expect(requests.some((r) => r.text.startsWith('Вівторок, 14 січня 2025'))).toBe(true);
    expect(contains(bytes, 'A042')).toBe(true);
    expect(contains(bytes, "Ville d'Issy-les-Moulineaux")).toBe(true);
  });

  it('words every language it knows', () => {
    for (const language of ['fr', 'en', 'es', 'pt'] as const) {
      const { report } = renderPrintContent(printContentSchema.parse({ ...ticket, language }), {
        paperWidth: 58,
      });
      expect(report.substitutions).toEqual([]);
    }
  });
});

describe('check-in tickets', () => {
  const checkIn = {
    ...ticket,
    kind: 'check-in',
    appointmentAt: { epochMs: Date.UTC(2025, 0, 14, 9, 50), timeZone: 'Europe/Paris' },
  } satisfies PrintContentInput;
  const texts = (content: PrintContentInput) =>
    layoutDocument(printContentSchema.parse(content), {
      paper: papers[80],
      labels: printLabels[content.language],
      duplicate: false,
    }).blocks.flatMap((b) =>
      b.kind === 'text' ? [b.text] : b.kind === 'row' ? [b.start, b.end] : [],
    );

  it('print the appointment time and that the visitor will be called, when no counter is known', () => {
    const printed = texts(checkIn);
    expect(printed).toEqual(
      expect.arrayContaining(['Votre arrivée est enregistrée', 'Rendez-vous', '10:50']),
    );
    expect(printed).toContain('Votre numéro sera appelé à l’écran');
    expect(printed.some((t) => t.includes('guichet'))).toBe(false);
  });

  it('send the visitor to the counter when it is known', () => {
    const printed = texts({ ...checkIn, counter: 'B12' });
    expect(printed).toContain('Présentez-vous au guichet B12');
    expect(printed).not.toContain('Votre numéro sera appelé à l’écran');
  });

  it('carry a status page address in the QR code, and nothing personal', () => {
    const qr = 'http://hub.local:8080/status/#t=Qx7vK2pLm9RtZ4wBq1';
    expect(printContentSchema.parse({ ...checkIn, qr }).qr).toBe(qr);
    for (const bad of [
      'https://hub.local/status/#t=jean.dupont@example.fr',
      'https://hub.local/status/#name=Jean Dupont',
      'ftp://hub.local/status/#t=Qx7vK2pLm9RtZ4wBq1',
    ])
      expect(printContentSchema.safeParse({ ...checkIn, qr: bad }).success, bad).toBe(false);
  });
});
