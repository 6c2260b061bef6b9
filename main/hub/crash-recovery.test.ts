import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QueueState } from '../../shared/engine';
import { spawnHub, type HubProcess } from './test-support/hub-process';
import { testSiteConfig } from './test-support/site-config';

const dir = mkdtempSync(join(tmpdir(), 'accueil-crash-'));
const configFile = join(dir, 'site.json');
writeFileSync(configFile, JSON.stringify(testSiteConfig, null, 2));
const args = ['--config', configFile, '--data', join(dir, 'data'), '--port', '0'];
const env = { ACCUEIL_ADMIN_PASSWORD: 'crash test password' };
const running: HubProcess[] = [];
afterAll(() => {
  for (const hub of running) hub.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function call(
  url: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  key?: string,
) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const issue = (i: number) => ({
  service: i % 2 === 0 ? 'iris' : 'etat-civil',
  priority: false,
  channel: 'kiosk',
  language: 'fr',
});
type Issued = { events: { ticketId: string; number: string }[] };

describe('a hub killed with SIGKILL in the middle of a burst', () => {
  it(
    'keeps every acknowledged command, duplicates nothing and reuses no number',
    { timeout: 120_000 },
    async () => {
      const first = await spawnHub(args, env);
      running.push(first);
      const login = await call(first.url, 'POST', '/api/v1/auth/login', undefined, {
        agentId: 'admin',
        password: env.ACCUEIL_ADMIN_PASSWORD,
      });
      const admin = login.body.token as string;
      const code = await call(first.url, 'POST', '/api/v1/devices/enrolment-codes', admin, {
        role: 'kiosk',
        label: 'burst',
      });
      const enrolled = await call(first.url, 'POST', '/api/v1/devices/enrol', undefined, {
        code: code.body.code,
      });
      const kiosk = enrolled.body.token as string;

      // 16 kiosks' worth of requests, each with its own key; kill -9 once 300 are acknowledged.
      const acked = new Map<string, { ticketId: string; number: string }>();
      const sent: string[] = [];
      let next = 0;
      let killed = false;
      const worker = async () => {
        while (!killed) {
          const i = next++;
          const key = `burst-key-${String(i).padStart(6, '0')}`;
          sent.push(key);
          try {
            const answer = await call(
              first.url,
              'POST',
              '/api/v1/ticket/issue',
              kiosk,
              issue(i),
              key,
            );
            expect(answer.status).toBe(200);
            const event = (answer.body as unknown as Issued).events[0]!;
            acked.set(key, { ticketId: event.ticketId, number: event.number });
            if (acked.size >= 300 && !killed) {
              killed = true;
              first.child.kill('SIGKILL');
            }
          } catch {
            return; // the connection died with the hub: this one was not acknowledged
          }
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      expect(await first.exited).toBe('SIGKILL');
      // Requests were usually in flight when it died (their fate is what the restart must
      // settle); on a loaded machine every answer may have left just before the kill.
      expect(sent.length).toBeGreaterThanOrEqual(acked.size);

      const second = await spawnHub(args, env);
      running.push(second);
      const relog = await call(second.url, 'POST', '/api/v1/auth/login', undefined, {
        agentId: 'admin',
        password: env.ACCUEIL_ADMIN_PASSWORD,
      });
      const admin2 = relog.body.token as string;
      const state = (await call(second.url, 'GET', '/api/v1/state', admin2)).body
        .state as QueueState;
      const tickets = Object.values(state.tickets);

      // Every acknowledged ticket is there, with the number it was given.
      for (const { ticketId, number } of acked.values())
        expect(state.tickets[ticketId]?.number).toBe(number);
      // Nothing is duplicated: one number per service and day.
      const numbers = tickets.map((t) => `${t.service}/${t.day}/${t.number}`);
      expect(new Set(numbers).size).toBe(numbers.length);
      // Retrying every request sent, with its key, gives the recorded ticket or a new one: never two.
      const retried = new Map<string, string>();
      for (const [index, key] of sent.entries()) {
        const answer = await call(
          second.url,
          'POST',
          '/api/v1/ticket/issue',
          kiosk,
          issue(index),
          key,
        );
        expect(answer.status).toBe(200);
        const ticketId = (answer.body as unknown as Issued).events[0]!.ticketId;
        retried.set(key, ticketId);
        const before = acked.get(key);
        if (before) expect(ticketId).toBe(before.ticketId);
      }
      const after = (await call(second.url, 'GET', '/api/v1/state', admin2)).body
        .state as QueueState;
      expect(Object.keys(after.tickets)).toHaveLength(sent.length);
      expect(new Set(retried.values()).size).toBe(sent.length);
      const allNumbers = Object.values(after.tickets).map(
        (t) => `${t.service}/${t.day}/${t.number}`,
      );
      expect(new Set(allNumbers).size).toBe(allNumbers.length);

      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      expect(second.output()).toMatch(/SIGTERM received: stopping[\s\S]*stopped/);
    },
  );
});
