import type { AppointmentDay } from './appointment';
import type { SiteHealth } from './health';
import type { VisitBatch, VisitRecord } from './visit';

// Valid, deterministic examples of each message: shown in the OpenAPI document and used by
// tests and benchmarks on both ends, so that all of them agree on what "valid" looks like.

export const EXAMPLE_SITE_ID = 'centre-administratif';

const services = ['iris', 'etat-civil', 'cni-passeport', 'ccas', 'logement'] as const;
const outcomes = ['served', 'served', 'served', 'no-show', 'redirected'] as const;
const BASE = Date.UTC(2025, 2, 14, 7, 30); // 14 March 2025, 8:30 in Paris

const iso = (ms: number) => new Date(ms).toISOString();

/** The n-th example visit: ids and times derive from n, so it is the same on every run. */
export function exampleVisit(n: number, overrides: Partial<VisitRecord> = {}): VisitRecord {
  const serviceCode = services[n % services.length] ?? 'iris';
  const outcome = outcomes[n % outcomes.length] ?? 'served';
  const issued = BASE + n * 7_000;
  const waited = 60 + (n % 23) * 30;
  const called = issued + waited * 1000;
  const noShow = outcome === 'no-show';
  const served = noShow ? 0 : 120 + (n % 17) * 45;
  const started = noShow ? null : called + 40_000;
  const ended = (started ?? called) + served * 1000 + (noShow ? 180_000 : 0);
  const transferred = n % 11 === 3;
  return {
    id: `visit-${String(n).padStart(8, '0')}`,
    siteId: EXAMPLE_SITE_ID,
    ticketNumber: `${String.fromCharCode(65 + (n % services.length))}${String(n % 1000).padStart(3, '0')}`,
    serviceCode,
    channel: n % 9 === 0 ? 'counter' : 'kiosk',
    priority: n % 13 === 0,
    delivery: n % 3 === 0 ? 'paperless' : 'printed',
    issuedAt: iso(issued),
    calledAt: iso(called),
    startedAt: started === null ? null : iso(started),
    endedAt: iso(ended),
    waitedSeconds: waited,
    servedSeconds: served,
    counterId: `g${(n % 8) + 1}`,
    agentId: `agent-${((n * 7) % 12).toString(36)}x`,
    outcome,
    transfers: transferred
      ? [
          {
            from: { serviceCode: 'iris', counterId: 'g1', agentId: null },
            to: { serviceCode, counterId: null, agentId: null },
            at: iso(called + 20_000),
          },
        ]
      : [],
    appointmentRef: n % 4 === 1 ? `appt-${n}` : null,
    ...overrides,
  };
}

/** `count` example visits numbered from `first`. */
export function exampleVisitBatch(count: number, first = 0): VisitBatch {
  return { visits: Array.from({ length: count }, (_, i) => exampleVisit(first + i)) };
}

export function exampleAppointmentDay(): AppointmentDay {
  return {
    siteId: EXAMPLE_SITE_ID,
    date: '2025-03-14',
    appointments: [
      {
        id: 'appt-20250314-001',
        serviceCode: 'cni-passeport',
        startsAt: '2025-03-14T09:00:00+01:00',
        durationMinutes: 20,
        bookingCode: 'K7P2QX',
        antsPreDemande: 'A1B2C3D4E5',
        qrToken: 'q9Zx3vT1mW8rL0aP4kN6sE2d',
        status: 'booked',
        visitorDisplayName: 'M. Dupont',
      },
      {
        id: 'appt-20250314-002',
        serviceCode: 'etat-civil',
        startsAt: '2025-03-14T09:30:00+01:00',
        durationMinutes: 15,
        bookingCode: 'H4M9TW',
        antsPreDemande: null,
        qrToken: 'b3Yt7Kp0cVn5Ld8Qs1Wf6Hj2',
        status: 'cancelled',
      },
    ],
  };
}

export function exampleSiteHealth(): SiteHealth {
  return {
    reportedAt: '2025-03-14T10:15:00Z',
    hubVersion: '1.0.0',
    clients: [
      {
        clientId: 'kiosk-hall',
        mode: 'kiosk',
        appVersion: '1.0.0',
        online: true,
        lastSeenAt: '2025-03-14T10:14:58Z',
      },
      {
        clientId: 'counter-1',
        mode: 'counter',
        appVersion: '1.0.0',
        online: true,
        lastSeenAt: '2025-03-14T10:14:59Z',
      },
    ],
    devices: [
      {
        deviceId: 'printer-hall',
        clientId: 'kiosk-hall',
        kind: 'printer',
        state: 'paper-near-end',
        lastReadAt: '2025-03-14T10:14:50Z',
      },
      {
        deviceId: 'scanner-hall',
        clientId: 'kiosk-hall',
        kind: 'scanner',
        state: 'ready',
        lastReadAt: null,
      },
    ],
    sync: { backlog: 3, quarantined: 0, lastSuccessAt: '2025-03-14T10:14:30Z', lastError: null },
  };
}
