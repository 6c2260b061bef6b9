// `npm run hub -- --config FILE`: the site's hub as a headless service for IT.
import { resolve } from 'node:path';
import { demoSiteConfigInput } from '../../shared/demo';
import { hubUsage, parseHubArguments } from '../config/hub-arguments';
import { maintenanceCommands, type MaintenanceCommand } from '../config/hub-maintenance-arguments';
import { DataDirBusyError, lockDataDir } from '../hub/maintenance/data-dir-lock';
import { HubStartError, startHub } from '../hub/start-hub';
import { runMaintenance } from './hub-maintenance';
import { runProvisioningFiles } from './provisioning-files';

const log = (message: string) => console.log(`${new Date().toISOString()} ${message}`);

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (maintenanceCommands.includes(argv[0] as MaintenanceCommand)) return runMaintenance(argv);
  if (argv[0] === 'provisioning-files') return runProvisioningFiles(argv.slice(1));
  const parsed = parseHubArguments(argv, process.env);
  if (parsed.kind === 'print-demo-config') {
    console.log(JSON.stringify(demoSiteConfigInput, null, 2));
    return 0;
  }
  if (parsed.kind === 'help') {
    console.log(parsed.message);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`hub: ${parsed.message}\n\n${hubUsage}`);
    return 2;
  }
  const { configFile, webDir, settings, allowInsecureLan, adminPassword } = parsed.value;
  // One hub per data folder, and no restore under a running hub.
  let lock;
  let hub;
  try {
    lock = lockDataDir(resolve(settings.dataDir ?? '.data/hub'));
    hub = await startHub({ configFile, webDir, settings, allowInsecureLan, adminPassword, log });
  } catch (error) {
    lock?.release();
    if (error instanceof HubStartError || error instanceof DataDirBusyError) {
      console.error(`hub: ${error.message}`);
      return 1;
    }
    throw error;
  }
  log(`Accueil hub listening on ${hub.url} (events: ${hub.eventsUrl})`);
  log(`data in ${hub.settings.dataDir}; site configuration ${hub.configLoad?.status ?? 'none'}`);
  for (const app of hub.webApps()) log(`web app ${app.name}: ${app.url}`);
  if (hub.adminEnrolmentCode)
    log(
      `first run: enrol the administrator's device with the one-time code ${hub.adminEnrolmentCode.code} ` +
        `(POST ${hub.url}/api/v1/devices/enrol {"code": "…"}), valid until ${new Date(hub.adminEnrolmentCode.expiresAt).toISOString()}`,
    );
  else if (adminPassword)
    log('administrator account "admin" ready (password from ACCUEIL_ADMIN_PASSWORD)');

  process.on('SIGHUP', () => {
    const result = hub.reloadConfig();
    log(`configuration reload: ${result.status}`);
  });
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log(`${signal} received: stopping`);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await hub.close();
  lock.release();
  log('stopped');
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
