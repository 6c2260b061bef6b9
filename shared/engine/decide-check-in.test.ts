import { describe, expect, it } from 'vitest';
import type { AppointmentInput } from '../domain/appointment';
import { demoSiteConfig } from '../demo/demo-site';
import { previewCheckIn } from './check-in';
import { at, EngineHarness } from './engine-harness';

const config = demoSiteConfig();
const day = '2026-04-07';

const cni: AppointmentInput = {
  id: 'apt-1',
  service: 'cni-passeport',
  start: at(day, '10:00'),
  bookingCode: 'K7M-Q2X',
  antsNumber: 'AB12CD34EF',
  qrToken: '0123456789ABCDEFGHJKMNPQRS',
  status: 'booked',
};
const education: AppointmentInput = {
  id: 'apt-2',
  service: 'education',
  start: at(day, '11:00'),
  bookingCode: 'EDU234',
  status: 'booked',
};
const tomorrow: AppointmentInput = {
  id: 'apt-3',
  service: 'etat-civil',
  start: at('2026-04-08', '09:00'),
  bookingCode: 'NEXT42',
  status: 'booked',
};

function hubAt(time: string): EngineHarness {
  const hub = new EngineHarness(config, at(day, '08:30'));
  hub.ok({
    type: 'appointments:load',
    date: day,
    appointments: [
      cni,
      education,
      { ...education, id: 'apt-4', bookingCode: 'GONE99', status: 'cancelled' },
    ],
  });
  hub.ok({ type: 'appointments:load', date: '2026-04-08', appointments: [tomorrow] });
  hub.now = at(day, time);
  return hub;
}

describe('appointment:check-in', () => {
  it.each([
    ['booking code as typed', 'k7m q2x'],
    ['ANTS number', 'AB12CD34EF'],
    ['QR token', '0123456789ABCDEFGHJKMNPQRS'],
  ])('checks in by %s and issues an appointment ticket', (_label, reference) => {
    const hub = hubAt('09:50');
    const events = hub.ok({ type: 'appointment:check-in', reference, language: 'ar' });
    expect(events.map((e) => e.type)).toEqual(['ticket:issued', 'appointment:checked-in']);
    const ticketId = events[0]?.type === 'ticket:issued' ? events[0].ticketId : '';
    expect(hub.ticket(ticketId)).toMatchObject({
      number: 'P001',
      appointmentId: 'apt-1',
      language: 'ar',
      channel: 'kiosk',
    });
    expect(hub.state.appointments['apt-1']).toMatchObject({ status: 'checked-in', ticketId });
  });

  it('uses the service’s own window: CNI opens 20 minutes early, the default 30', () => {
    const early = hubAt('09:39').try({ type: 'appointment:check-in', reference: 'AB12CD34EF' });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'too-early', details: { windowStart: at(day, '09:40') } },
    });
    expect(hubAt('10:31').try({ type: 'appointment:check-in', reference: 'EDU234' }).ok).toBe(true);
  });

  it('refuses a late arrival with the end of the window', () => {
    const late = hubAt('10:11').try({ type: 'appointment:check-in', reference: 'AB12CD34EF' });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'too-late', details: { windowEnd: at(day, '10:10') } },
    });
  });

  it('refuses a second check-in and gives the ticket number of the first', () => {
    const hub = hubAt('09:55');
    hub.ok({ type: 'appointment:check-in', reference: 'AB12CD34EF' });
    expect(hub.try({ type: 'appointment:check-in', reference: 'K7MQ2X' })).toMatchObject({
      ok: false,
      error: { code: 'already-checked-in', details: { ticketNumber: 'P001' } },
    });
  });

  it('refuses cancelled, other-day and unknown references with their own codes', () => {
    const hub = hubAt('10:50');
    expect(hub.try({ type: 'appointment:check-in', reference: 'GONE99' })).toMatchObject({
      ok: false,
      error: { code: 'appointment-cancelled' },
    });
    expect(hub.try({ type: 'appointment:check-in', reference: 'NEXT42' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-day', details: { date: '2026-04-08' } },
    });
    expect(hub.try({ type: 'appointment:check-in', reference: 'ZZZZZZ' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('previews a check-in without changing anything', () => {
    const hub = hubAt('09:50');
    const before = JSON.stringify(hub.state);
    expect(previewCheckIn(hub.state, 'AB12CD34EF', hub.now)).toMatchObject({
      ok: true,
      appointment: { id: 'apt-1', start: at(day, '10:00') },
      service: { code: 'cni-passeport' },
    });
    expect(JSON.stringify(hub.state)).toBe(before);
  });

  it('lets only kiosks and staff check in', () => {
    const hub = hubAt('09:50');
    expect(
      hub.try({ type: 'appointment:check-in', reference: 'AB12CD34EF' }, { role: 'display' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      hub.try(
        { type: 'appointment:check-in', reference: 'AB12CD34EF' },
        { role: 'kiosk', deviceId: 'k1' },
      ).ok,
    ).toBe(true);
  });
});

describe('appointments:load', () => {
  it('replaces the day: missing appointments are cancelled, checked-in ones stay checked in', () => {
    const hub = hubAt('09:50');
    hub.ok({ type: 'appointment:check-in', reference: 'AB12CD34EF' });
    hub.ok({
      type: 'appointments:load',
      date: day,
      appointments: [{ ...cni, status: 'cancelled' }],
    });
    expect(hub.state.appointments['apt-1']?.status).toBe('checked-in');
    expect(hub.state.appointments['apt-2']?.status).toBe('cancelled');
    expect(hub.state.appointments['apt-3']?.status).toBe('booked');
  });

  it('refuses the whole list when one entry is wrong, and changes nothing', () => {
    const hub = hubAt('09:00');
    const before = JSON.stringify(hub.state.appointments);
    expect(
      hub.try({
        type: 'appointments:load',
        date: day,
        appointments: [cni, { ...education, service: 'tax-office' }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { appointmentIds: ['apt-2'] } },
    });
    expect(
      hub.try({ type: 'appointments:load', date: day, appointments: [cni, tomorrow] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { appointmentIds: ['apt-3'] } },
    });
    expect(
      hub.try({
        type: 'appointments:load',
        date: day,
        appointments: [cni, { ...education, bookingCode: cni.bookingCode }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { field: 'bookingCode' } },
    });
    expect(JSON.stringify(hub.state.appointments)).toBe(before);
  });
});
