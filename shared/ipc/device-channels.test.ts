import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  demoChannelNames,
  deviceChannelNames,
  deviceEventNames,
  isDeviceChannel,
  resultSchema,
  type DeviceApi,
  type DeviceError,
  type DeviceValue,
} from './device-api';
import { demoChannels, deviceChannels } from './device-channels';
import {
  commonErrorCodes,
  transportErrorCodes,
  type CommonErrorCode,
  type TransportErrorCode,
} from './envelope';

const ticket = {
  kind: 'ticket',
  townName: "Ville d'Issy-les-Moulineaux",
  language: 'fr',
  serviceName: 'État civil',
  ticketNumber: 'A042',
  issuedAt: { date: '14/01/2025', time: '10:42' },
  peopleAhead: 3,
  estimatedWaitMinutes: 15,
  qr: 'Qx7vK2pLm9RtZ4wB',
} as const;

describe('the device contract', () => {
  it('names every channel and event domain:action, once', () => {
    const names = [...deviceChannelNames, ...demoChannelNames, ...deviceEventNames];
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(names).size).toBe(names.length);
    expect(isDeviceChannel('printer:print-ticket')).toBe(true);
    expect(isDeviceChannel('toString')).toBe(false);
    expect(isDeviceChannel('demo:scan')).toBe(false);
  });

  it("keeps each channel's own error codes apart from the common and transport ones", () => {
    const shared = new Set<string>([...commonErrorCodes, ...transportErrorCodes]);
    for (const spec of [...Object.values(deviceChannels), ...Object.values(demoChannels)])
      for (const code of spec.errors) expect(shared.has(code)).toBe(false);
  });

  it('takes tickets and check-in tickets on print-ticket, strictly', () => {
    const request = deviceChannels['printer:print-ticket'].request;
    expect(request.safeParse({ jobId: 'job-00000001', content: ticket }).success).toBe(true);
    expect(
      request.safeParse({
        jobId: 'job-00000001',
        content: { ...ticket, kind: 'check-in', appointmentAt: { time: '10:50' }, counter: '4' },
      }).success,
    ).toBe(true);
    expect(
      request.safeParse({ jobId: 'job-00000001', content: { ...ticket, kind: 'receipt' } }).success,
    ).toBe(false);
    expect(request.safeParse({ jobId: 'job-00000001', content: ticket, copies: 2 }).success).toBe(
      false,
    );
    expect(request.safeParse({ jobId: 'job 1', content: ticket }).success).toBe(false);
  });

  it('checks whole answers: declared codes only, details only where declared', () => {
    const print = resultSchema(deviceChannels, 'printer:print-ticket');
    const paperOut = {
      ok: false,
      error: {
        code: 'paper-out',
        message: 'no paper',
        details: { mayHavePrinted: false, status: null },
      },
    };
    expect(print.safeParse(paperOut).success).toBe(true);
    expect(
      print.safeParse({ ok: false, error: { code: 'unavailable', message: 'no printer' } }).success,
    ).toBe(true);
    expect(print.safeParse({ ok: false, error: { code: 'on-fire', message: '?' } }).success).toBe(
      false,
    );
    const statuses = resultSchema(deviceChannels, 'device:statuses');
    expect(statuses.safeParse({ ok: true, value: [] }).success).toBe(true);
    expect(
      statuses.safeParse({
        ok: false,
        error: { code: 'internal', message: 'x', details: { a: 1 } },
      }).success,
    ).toBe(false);
    expect(statuses.safeParse({ ok: true, value: [{ kind: 'toaster' }] }).success).toBe(false);
  });

  it('derives the typed API from the tables', () => {
    expectTypeOf<DeviceError<'printer:print-ticket'>['code']>().toEqualTypeOf<
      | 'paper-out'
      | 'cover-open'
      | 'offline'
      | 'error'
      | 'timeout'
      | 'invalid-job'
      | CommonErrorCode
      | TransportErrorCode
    >();
    expectTypeOf<DeviceValue<'printer:print-ticket'>['outcome']>().toEqualTypeOf<
      'printed' | 'already-printed'
    >();
    expectTypeOf<Parameters<DeviceApi['device:statuses']>>().toEqualTypeOf<
      [request?: Record<string, never>]
    >();
  });
});
