import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentRole, DeviceRole } from '../../../shared/contracts/roles';
import { startHub, type Hub, type StartHubOptions } from '../start-hub';
import { testSiteConfig } from './site-config';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface TestHub {
  hub: Hub;
  dir: string;
  adminToken: string;
  /** Sends a JSON request; `token` goes in the Authorization header. */
  api(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<ApiAnswer>;
  /** Gives an agent a password and logs them in; returns their session token. */
  agent(agentId: string, role?: AgentRole): Promise<string>;
  /** Enrols a device through the real enrolment routes; returns its token. */
  device(role: DeviceRole, label?: string): Promise<string>;
  close(): Promise<void>;
}

export const adminPassword = 'le mot de passe du test';

/** A real hub on a free port with a fresh data folder and the test site configured. */
export async function startTestHub(options: Partial<StartHubOptions> = {}): Promise<TestHub> {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-hub-'));
  const hub = await startHub({
    siteConfig: testSiteConfig,
    adminPassword,
    ...options,
    settings: { host: '127.0.0.1', port: 0, dataDir: dir, ...options.settings },
  }).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const api: TestHub['api'] = async (method, path, { token, body, raw, headers } = {}) => {
    const response = await fetch(`${hub.url}${path}`, {
      method,
      headers: {
        ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(raw !== undefined
        ? { body: raw }
        : body !== undefined
          ? { body: JSON.stringify(body) }
          : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as unknown) : null,
    };
  };
  const login = async (agentId: string, password: string) => {
    const answer = await api('POST', '/api/v1/auth/login', { body: { agentId, password } });
    if (answer.status !== 200) throw new Error(`login failed: ${JSON.stringify(answer.body)}`);
    return (answer.body as { token: string }).token;
  };
  const adminToken = await login('admin', adminPassword);
  return {
    hub,
    dir,
    adminToken,
    api,
    agent: async (agentId, role = 'counter') => {
      const password = `secret of ${agentId}`;
      const set = await api('PUT', `/api/v1/agents/${agentId}/credential`, {
        token: adminToken,
        body: { role, password },
      });
      if (set.status !== 204) throw new Error(`credential failed: ${JSON.stringify(set.body)}`);
      return login(agentId, password);
    },
    device: async (role, label = `${role} under test`) => {
      const code = await api('POST', '/api/v1/devices/enrolment-codes', {
        token: adminToken,
        body: { role, label },
      });
      const enrolled = await api('POST', '/api/v1/devices/enrol', {
        body: { code: (code.body as { code: string }).code },
      });
      if (enrolled.status !== 201)
        throw new Error(`enrol failed: ${JSON.stringify(enrolled.body)}`);
      return (enrolled.body as { token: string }).token;
    },
    close: async () => {
      await hub.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
