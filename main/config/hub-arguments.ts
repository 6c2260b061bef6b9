import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readValidatedJson, describeProblems } from './validated-json-file';
import { hubSettingsSchema, type HubSettingsInput } from './hub-settings';

export const hubUsage = `Usage: npm run hub -- --config FILE [options]

  --config FILE     site configuration (JSON): services, counters, agents, hours
  --settings FILE   hub settings (JSON): host, port, dataDir, tls, retentionDays, …
  --data DIR        where the hub keeps its database (default .data/hub)
  --host ADDRESS    address to listen on (default 127.0.0.1)
  --port N          port to listen on (default 8080; 0 picks a free one)
  --cert FILE       TLS certificate (PEM), with --key: serve HTTPS and WSS
  --key FILE        TLS private key (PEM)
  --web DIR         the built web apps to serve (default dist/web; build: npx vite build)
  --device-host ORIGIN
                    loopback origin of this machine's device host that the kiosk page
                    may call, e.g. http://127.0.0.1:8090 (repeatable)
  --insecure-lan    allow plain HTTP on a non-loopback address (trusted network only)
  --print-demo-config
                    print the demo site's configuration (a file to start from) and exit
  --help            show this help

Environment: ACCUEIL_ADMIN_PASSWORD creates the administrator account "admin" on the
first run; without it, a one-time enrolment code for an administrator's device is printed.
ACCUEIL_CENTRAL_TOKEN is the site's token for the central API (settings "central":
baseUrl, siteId, caFile, batchSize…), when the settings file does not hold it.
ACCUEIL_MONITORING_TOKEN opens GET /metrics and /api/v1/health/details to a monitoring scraper.
Signals: SIGHUP re-reads --config; SIGINT/SIGTERM stop the hub cleanly.

Backups: npm run hub -- backup FILE (while the hub runs) and npm run hub -- restore FILE
(into a stopped hub's data folder); npm run hub -- backup --help for their options.`;

export interface HubArguments {
  configFile: string;
  webDir: string;
  settings: HubSettingsInput;
  allowInsecureLan: boolean;
  adminPassword: string | undefined;
}

export type ParsedArguments =
  | { kind: 'run'; value: HubArguments }
  | { kind: 'help'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'print-demo-config' };

/** Reads the command line (and the settings file it names); says exactly what is wrong. */
export function parseHubArguments(argv: string[], env: NodeJS.ProcessEnv): ParsedArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        config: { type: 'string' },
        settings: { type: 'string' },
        data: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        cert: { type: 'string' },
        key: { type: 'string' },
        web: { type: 'string' },
        'device-host': { type: 'string', multiple: true },
        'insecure-lan': { type: 'boolean' },
        'print-demo-config': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help', message: hubUsage };
  if (values['print-demo-config']) return { kind: 'print-demo-config' };
  if (!values.config)
    return { kind: 'error', message: '--config FILE is required (the site configuration)' };
  if (Boolean(values.cert) !== Boolean(values.key))
    return { kind: 'error', message: '--cert and --key go together: give both or neither' };

  let settings: HubSettingsInput = {};
  if (values.settings) {
    const reading = readValidatedJson(values.settings, hubSettingsSchema);
    if (!reading.ok)
      return { kind: 'error', message: describeProblems(values.settings, reading.problems) };
    settings = reading.value;
  }
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65_535)
      return {
        kind: 'error',
        message: `--port must be a number from 0 to 65535, not "${values.port}"`,
      };
    settings = { ...settings, port };
  }
  if (values.host !== undefined) settings = { ...settings, host: values.host };
  if (values.data !== undefined) settings = { ...settings, dataDir: resolve(values.data) };
  // The central API's token is a secret: it may come from the environment instead of a file.
  if (settings.central && !settings.central.token && env.ACCUEIL_CENTRAL_TOKEN)
    settings = { ...settings, central: { ...settings.central, token: env.ACCUEIL_CENTRAL_TOKEN } };
  if (env.ACCUEIL_MONITORING_TOKEN && !settings.monitoring?.token)
    settings = {
      ...settings,
      monitoring: { ...settings.monitoring, token: env.ACCUEIL_MONITORING_TOKEN },
    };
  if (values['device-host'])
    settings = {
      ...settings,
      deviceHostOrigins: [...(settings.deviceHostOrigins ?? []), ...values['device-host']],
    };
  if (values.cert && values.key)
    settings = { ...settings, tls: { cert: resolve(values.cert), key: resolve(values.key) } };
  return {
    kind: 'run',
    value: {
      configFile: resolve(values.config),
      webDir: resolve(values.web ?? 'dist/web'),
      settings,
      allowInsecureLan: values['insecure-lan'] ?? false,
      adminPassword: env.ACCUEIL_ADMIN_PASSWORD || undefined,
    },
  };
}
