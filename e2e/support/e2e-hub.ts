import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub, type StartHubOptions } from '../../main/hub';
import { ensureTestWebBuild } from './web-build';

// The hub an e2e world stands on: real, on a free port, with a fresh data folder and the
// built web apps, its administrator logged in through the API. It stops and starts again
// on the same port and data (a hub that vanishes and comes back).

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

export interface E2eHubOptions {
  siteConfig: NonNullable<StartHubOptions['siteConfig']>;
  adminPassword: string;
  /** Names the data folder (`accueil-<name>-e2e-…`). */
  name: string;
}

export interface E2eHub {
  /** The running hub (a new object after `restart()`). */
  readonly hub: Hub;
  readonly port: number;
  /** The administrator's token. */
  readonly adminToken: string;
  /** One API call as JSON; answers the status and the parsed body. */
  api<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<ApiAnswer<T>>;
  /** The same call, which throws (with the status and the body) unless it succeeded. */
  must<T = unknown>(method: string, path: string, body?: unknown, token?: string): Promise<T>;
  /** Enrols a device through an enrolment code; answers its token. */
  enrol(role: 'kiosk' | 'display', label: string): Promise<string>;
  /** Starts the hub again (after `hub.close()`) on the same port and data folder. */
  restart(): Promise<Hub>;
  /** Stops the hub if it runs and removes its data folder. */
  close(): Promise<void>;
}

export async function startE2eHub(options: E2eHubOptions): Promise<E2eHub> {
  const webDir = await ensureTestWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), `accueil-${options.name}-e2e-`));
  const hubOptions = (port: number): StartHubOptions => ({
    siteConfig: options.siteConfig,
    adminPassword: options.adminPassword,
    webDir,
    settings: { host: '127.0.0.1', port, dataDir },
  });
  let hub = await startHub(hubOptions(0));
  const port = hub.port;

  const api = async <T>(method: string, path: string, body?: unknown, token?: string) => {
    const response = await fetch(`${hub.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const must = async <T>(method: string, path: string, body?: unknown, token?: string) => {
    const { status, body: answer } = await api<T>(method, path, body, token);
    if (status >= 300)
      throw new Error(`${method} ${path} failed (${status}): ${JSON.stringify(answer)}`);
    return answer;
  };

  const { token: adminToken } = await must<{ token: string }>('POST', '/api/v1/auth/login', {
    agentId: 'admin',
    password: options.adminPassword,
  });
  const enrol = async (role: 'kiosk' | 'display', label: string) => {
    const { code } = await must<{ code: string }>(
      'POST',
      '/api/v1/devices/enrolment-codes',
      { role, label },
      adminToken,
    );
    return (await must<{ token: string }>('POST', '/api/v1/devices/enrol', { code })).token;
  };

  return {
    get hub() {
      return hub;
    },
    port,
    adminToken,
    api,
    must,
    enrol,
    async restart() {
      hub = await startHub(hubOptions(port));
      return hub;
    },
    async close() {
      await hub.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
