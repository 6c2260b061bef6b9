import { describe, expect, it } from 'vitest';
import { appointmentInputSchema } from '../domain/appointment';
import { localDate } from '../calendar/zoned-time';
import { antsNumberSchema, appointmentTokenSchema, bookingCodeSchema } from '../scan/payload';
import { demoAppointments } from './demo-appointments';
import { demoSiteConfig } from './demo-site';

const config = demoSiteConfig();

describe('demo site', () => {
  it('is the Centre administratif municipal with eight counters and agents', () => {
    expect(config.site).toEqual({
      id: 'centre-administratif',
      name: 'Centre administratif municipal',
      address: '47 rue du Général Leclerc, 92130 Issy-les-Moulineaux',
      townName: "Ville d'Issy-les-Moulineaux",
    });
    expect(config.counters).toHaveLength(8);
    expect(config.agents).toHaveLength(8);
    const cni = config.services.find((s) => s.code === 'cni-passeport');
    expect(cni?.mode).toBe('appointment');
    expect(cni?.documents.map((d) => d.code)).toEqual(
      expect.arrayContaining(['ants-pre-demande', 'id-photo', 'proof-of-address']),
    );
    expect(config.services.find((s) => s.code === 'iris')?.mode).toBe('walk-in');
  });

  it('has four récépissé templates in French and English, and no per-agent figures', () => {
    expect(config.receiptTemplates.map((t) => t.id)).toEqual([
      'cni-passport-deposit',
      'housing-deposit',
      'civil-record-request',
      'documents-deposit',
    ]);
    for (const template of config.receiptTemplates)
      for (const text of [
        template.names,
        template.subject,
        ...template.items,
        ...template.nextSteps,
      ])
        expect(Object.keys(text)).toEqual(['fr', 'en']);
    expect(config.reporting.perAgentFigures).toBe(false);
  });

  it('configures its displays by enrolment label, with services and counters it has', () => {
    const screens = config.displays?.screens ?? [];
    // main/demo/start-demo.ts enrols the hall's display with this label.
    expect(screens.map((s) => s.label)).toContain('Écran du hall (démo)');
    expect(screens.at(-1)?.label).toBe('*');
    const services = new Set(config.services.map((s) => s.code));
    const counters = new Set(config.counters.map((c) => c.id));
    for (const screen of screens) {
      for (const code of screen.services ?? []) expect(services).toContain(code);
      for (const id of screen.counters ?? []) expect(counters).toContain(id);
      for (const code of [screen.language, ...(screen.languages ?? [])].filter(Boolean))
        expect(config.languages).toContain(code);
    }
    for (const message of config.displays?.information ?? [])
      expect(Object.keys(message).sort()).toEqual([...config.languages].sort());
  });

  it('lets every service be served by a counter and an agent', () => {
    for (const service of config.services) {
      expect(config.counters.some((c) => c.services.includes(service.code))).toBe(true);
      expect(config.agents.some((a) => a.services.includes(service.code))).toBe(true);
    }
  });
});

describe('demoAppointments', () => {
  const date = '2026-04-09'; // a Thursday: open until 19:00

  it('is the same for the same seed and differs for another', () => {
    expect(demoAppointments(config, date, { seed: 3 })).toEqual(
      demoAppointments(config, date, { seed: 3 }),
    );
    expect(demoAppointments(config, date, { seed: 4 })).not.toEqual(
      demoAppointments(config, date, { seed: 3 }),
    );
  });

  it('books appointment services only, on that day, in opening hours, with scannable references', () => {
    const list = demoAppointments(config, date, { seed: 3 });
    expect(list.length).toBeGreaterThan(50);
    const walkInOnly = new Set(
      config.services.filter((s) => s.mode === 'walk-in').map((s) => s.code),
    );
    for (const appointment of list) {
      expect(appointmentInputSchema.parse(appointment)).toEqual(appointment);
      expect(walkInOnly.has(appointment.service)).toBe(false);
      expect(localDate(appointment.start, config.timezone)).toBe(date);
      expect(bookingCodeSchema.safeParse(appointment.bookingCode).success).toBe(true);
      expect(appointmentTokenSchema.safeParse(appointment.qrToken).success).toBe(true);
      if (appointment.service === 'cni-passeport')
        expect(antsNumberSchema.safeParse(appointment.antsNumber).success).toBe(true);
    }
    expect(new Set(list.map((a) => a.bookingCode)).size).toBe(list.length);
  });

  it('gives nothing on a closed day', () => {
    expect(demoAppointments(config, '2026-04-05')).toEqual([]); // Sunday
    expect(demoAppointments(config, '2026-05-14')).toEqual([]); // Ascension
  });
});
