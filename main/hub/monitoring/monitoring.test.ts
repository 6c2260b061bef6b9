import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubSettingsSchema } from '../../config/hub-settings';
import { morningAt } from '../test-support/morning-clock';
import { startTestHub, type TestHub } from '../test-support/test-hub';
import type { HealthDetails } from '../../../shared/contracts/monitoring';

const monitoringToken = 'scraper-token-0123456789abcdef';
let now = morningAt();
let t: TestHub;
let kiosk: string;

beforeAll(async () => {
  t = await startTestHub({
    clock: () => now,
    settings: { monitoring: { token: monitoringToken } },
  });
  kiosk = await t.device('kiosk', 'Borne du hall');
});
afterAll(() => t.close());

const issue = (service: string) =>
  t.api('POST', '/api/v1/ticket/issue', {
    token: kiosk,
    body: { service, priority: false, channel: 'kiosk', language: 'fr' },
  });

async function metricsText(token = monitoringToken): Promise<string> {
  const response = await fetch(`${t.hub.url}/metrics`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/u);
  return response.text();
}

/** The value of one sample line, e.g. `accueil_queue_waiting{service="iris"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("the hub's metrics for the town's monitoring", () => {
  it('counts queues, counters and answered requests by route pattern', async () => {
    for (const service of ['iris', 'iris', 'etat-civil'])
      expect((await issue(service)).status).toBe(200);
    now += 90_000;
    const text = await metricsText();
    expect(sample(text, 'accueil_queue_waiting{service="iris"}')).toBe(2);
    expect(sample(text, 'accueil_queue_waiting{service="etat-civil"}')).toBe(1);
    expect(sample(text, 'accueil_queue_longest_wait_seconds{service="iris"}')).toBe(90);
    expect(sample(text, 'accueil_counters{status="closed"}')).toBeGreaterThan(0);
    expect(
      sample(
        text,
        'accueil_http_requests_total{method="POST",route="/api/v1/ticket/issue",status="200"}',
      ),
    ).toBe(3);
    expect(
      sample(
        text,
        'accueil_http_request_duration_seconds_count{method="POST",route="/api/v1/ticket/issue"}',
      ),
    ).toBe(3);
    expect(sample(text, 'accueil_event_seq')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'accueil_sync_backlog')).toBe(0);
    expect(text).toMatch(/^accueil_process_resident_memory_bytes \d+/mu);
    // Ticket ids, tokens and numbers never appear: figures only.
    expect(text).not.toMatch(/A0\d\d|token/u);
  });

  it('opens to the administrator or the monitoring token, and that token opens nothing else', async () => {
    expect((await fetch(`${t.hub.url}/metrics`)).status).toBe(401);
    expect((await t.api('GET', '/metrics', { token: kiosk })).status).toBe(403);
    expect(
      (await t.api('GET', '/metrics', { token: 'scraper-token-0123456789abcdeX' })).status,
    ).toBe(401);
    expect(await metricsText(t.adminToken)).toMatch(/accueil_queue_waiting/u);
    expect((await t.api('GET', '/api/v1/devices', { token: monitoringToken })).status).toBe(401);
    expect((await t.api('GET', '/api/v1/state', { token: monitoringToken })).status).toBe(401);
  });

  it('details the health, and says "degraded" with the reason when a device falls silent', async () => {
    const healthy = await t.api('GET', '/api/v1/health/details', { token: monitoringToken });
    expect(healthy.status).toBe(200);
    const ok = healthy.body as HealthDetails;
    expect(ok).toMatchObject({ status: 'ok', problems: [], devices: { enrolled: 1, silent: [] } });
    expect(ok.database.lastSeq).toBeGreaterThanOrEqual(3);
    expect(ok.database.bytes).toBeGreaterThan(0);
    expect(ok.disk.freeBytes).toBeGreaterThan(0);

    now += 16 * 60_000;
    const later = (await t.api('GET', '/api/v1/health/details', { token: t.adminToken }))
      .body as HealthDetails;
    expect(later.status).toBe('degraded');
    expect(later.devices.silent.map((d) => d.label)).toEqual(['Borne du hall']);
    expect(later.problems.join('\n')).toMatch(
      /1 device\(s\) silent for over 15 minutes: Borne du hall/u,
    );
    expect(sample(await metricsText(), 'accueil_devices_silent{role="kiosk"}')).toBe(1);

    // Heard from again: no longer silent.
    expect((await issue('iris')).status).toBe(200);
    const back = (await t.api('GET', '/api/v1/health/details', { token: monitoringToken }))
      .body as HealthDetails;
    expect(back.devices.silent).toEqual([]);
  });

  it('refuses a monitoring token too short to be secret', () => {
    const parsed = hubSettingsSchema.safeParse({ monitoring: { token: 'short' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/at least 24 characters/u);
    expect(hubSettingsSchema.parse({}).monitoring).toEqual({
      silentAfterMinutes: 15,
      minFreeDiskMegabytes: 500,
    });
  });
});
