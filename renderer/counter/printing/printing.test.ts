import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../../../shared/demo';
import type { ReceiptTemplate } from '../../../shared/engine';
import { at, EngineHarness } from '../../../shared/engine/engine-harness';
import { receiptContentSchema, ticketContentSchema } from '../../../shared/print/content';
import { renderPrintContent } from '../../../shared/print/layout';
import { printHeader } from './print-header';
import { buildReceipt, defaultReference } from './receipt-content';
import { receiptPrintLanguage, templatesFor } from './receipt-templates';
import { ticketContent } from './ticket-content';

const receiptTemplates = demoSiteConfig().receiptTemplates;
const site = {
  townName: "Ville d'Issy-les-Moulineaux",
  siteName: 'Centre administratif municipal',
  serviceName: 'Carte d’identité et passeport',
  counterLabel: 'Guichet 4',
  timeZone: 'Europe/Paris',
};
const cni = receiptTemplates.find((t) => t.id === 'cni-passport-deposit')!;
const now = at('2026-04-07', '10:15');

describe('receipt templates (from the site configuration)', () => {
  it("offer the service's own templates first, then the general one", () => {
    const ids = (service: string | undefined) =>
      templatesFor(receiptTemplates, service).map((t) => t.id);
    expect(ids('logement')[0]).toBe('housing-deposit');
    expect(ids('etat-civil').slice(0, 2)).toEqual(['cni-passport-deposit', 'civil-record-request']);
    expect(ids('cni-passeport')[0]).toBe('cni-passport-deposit');
    expect(ids(undefined)[0]).toBe('documents-deposit');
    expect(ids('iris')).toHaveLength(receiptTemplates.length);
    expect(templatesFor([], 'iris')).toEqual([]);
  });

  it('fit the printed content model in both languages', () => {
    for (const template of receiptTemplates)
      for (const language of ['fr', 'en']) {
        const built = buildReceipt(
          {
            template,
            language,
            checkedItems: template.items.map((_, i) => i),
            extraItems: [],
            reference: 'REF-2026/001',
          },
          site,
          now,
        );
        expect(built.ok, `${template.id} in ${language}`).toBe(true);
      }
  });
});

describe('building a receipt', () => {
  it('prints what was ticked and added, the reference and the counter, never an agent', () => {
    const built = buildReceipt(
      {
        template: cni,
        language: 'fr',
        checkedItems: [0, 1],
        extraItems: ['Acte de naissance', '  ', ''],
        reference: ' AB12CD34EF ',
      },
      site,
      now,
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.content).toMatchObject({
      kind: 'receipt',
      language: 'fr',
      reference: 'AB12CD34EF',
      counter: 'Guichet 4',
      referenceBarcode: true,
      items: [cni.items[0]?.fr, cni.items[1]?.fr, 'Acte de naissance'],
    });
    expect(receiptContentSchema.parse(built.content)).toEqual(built.content);
    expect(JSON.stringify(built.content)).not.toMatch(/agent/i);
    // It lays out and encodes for a real 80 mm printer.
    const rendered = renderPrintContent(built.content, { paperWidth: 80 });
    expect(rendered.report.substitutions).toEqual([]);
    expect(rendered.bytes.length).toBeGreaterThan(300);
  });

  it('says which field is wrong instead of printing a bad receipt', () => {
    const draft = {
      template: cni,
      language: 'fr',
      checkedItems: [],
      extraItems: [],
      reference: 'x',
    };
    const built = buildReceipt(draft, site, now);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.problems.map((p) => p.field).sort()).toEqual(['items', 'reference']);
  });

  it('speaks the visitor’s language where the template has it, French otherwise', () => {
    expect(receiptPrintLanguage(cni, 'en')).toBe('en');
    expect(receiptPrintLanguage(cni, 'ar')).toBe('fr');
    // A template written in Spanish for one line only is not half-translated.
    const partly: ReceiptTemplate = { ...cni, subject: { ...cni.subject, es: 'Solicitud' } };
    expect(receiptPrintLanguage(partly, 'es')).toBe('fr');
    const spanish: ReceiptTemplate = {
      ...cni,
      subject: { fr: 'Demande', es: 'Solicitud' },
      items: [{ fr: 'Photo', es: 'Foto' }],
      nextSteps: [],
    };
    expect(receiptPrintLanguage(spanish, 'es')).toBe('es');
    const built = buildReceipt(
      { template: cni, language: 'en', checkedItems: [0], extraItems: [], reference: 'ABC' },
      { ...site, serviceName: 'x'.repeat(80), counterLabel: 'Guichet numéro 12' },
      now,
    );
    expect(built.ok && built.content.subject).toBe(cni.subject.en);
    expect(built.ok && built.content.serviceName.length).toBe(60);
    expect(built.ok && built.content.counter.length).toBe(12);
  });

  it('makes a default reference from the day, the ticket and the counter', () => {
    expect(defaultReference('2026-04-07', 'A012', 'g4')).toBe('20260407-A012-G4');
    expect(defaultReference('2026-04-07', 'A012', 'guichet principal:2')).toBe(
      '20260407-A012-GUICHETPRINCIPAL2',
    );
  });
});

describe('a ticket printed at the counter', () => {
  it('carries the number, the place in the queue and the QR token, like the kiosk’s', () => {
    const engine = new EngineHarness(demoSiteConfig(), at('2026-04-07', '10:00'));
    engine.ok({ type: 'counter:open', counterId: 'g1', agentId: 'agent-01', services: [] });
    engine.issue('iris');
    const id = engine.issue('iris', { channel: 'counter' });
    // The harness's tokens are short names; the hub's are 22 random base64url characters.
    engine.ticket(id).token = 'Zk3q9XbT0vLmN8pR2sWc1A';
    const content = ticketContent(engine.state, id, engine.now);
    expect(content).toMatchObject({
      kind: 'ticket',
      townName: "Ville d'Issy-les-Moulineaux",
      siteName: 'Centre administratif municipal',
      ticketNumber: 'A002',
      serviceName: 'IRIS – Information et orientation',
      peopleAhead: 1,
      qr: engine.ticket(id).token,
    });
    expect(ticketContentSchema.parse(content)).toEqual(content);
    expect(ticketContent(engine.state, 'nope', engine.now)).toBeNull();
    // A token that could carry anything but an opaque id is refused rather than printed.
    engine.ticket(id).token = 'jean.dupont@example.fr';
    expect(ticketContent(engine.state, id, engine.now)).toBeNull();
  });
});

describe('the header of the papers', () => {
  it('prints the town’s name from the configuration, and the building under it', () => {
    const config = demoSiteConfig();
    expect(printHeader(config)).toEqual({
      townName: "Ville d'Issy-les-Moulineaux",
      siteName: 'Centre administratif municipal',
    });
    const { townName: _town, ...site } = config.site;
    expect(printHeader({ ...config, site })).toEqual({
      townName: 'Centre administratif municipal',
    });
  });
});
