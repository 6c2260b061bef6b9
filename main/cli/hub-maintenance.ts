// `npm run hub -- backup FILE` and `npm run hub -- restore FILE`: IT's backups of a site's hub.
import { maintenanceUsage, parseMaintenanceArguments } from '../config/hub-maintenance-arguments';
import { BackupError, backupHub, restoreHub, type BackupFacts } from '../hub/maintenance/backup';
import { DataDirBusyError } from '../hub/maintenance/data-dir-lock';

const describe = (facts: BackupFacts) =>
  `${facts.file}: ${facts.bytes.toLocaleString('en-US')} bytes, schema ${facts.schemaVersion}, ` +
  `${facts.lastSeq} events` +
  (facts.lastEventAt === null ? '' : ` (last at ${new Date(facts.lastEventAt).toISOString()})`);

/** Runs one maintenance command; returns the process exit code. */
export async function runMaintenance(argv: string[]): Promise<number> {
  const parsed = parseMaintenanceArguments(argv);
  if (parsed.kind === 'help') {
    console.log(parsed.message);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`hub: ${parsed.message}\n\n${maintenanceUsage}`);
    return 2;
  }
  try {
    if (parsed.command === 'backup') {
      const facts = await backupHub(parsed.dataDir, parsed.file);
      console.log(`backup written: ${describe(facts)}`);
    } else {
      const result = restoreHub(parsed.file, parsed.dataDir);
      console.log(`restored into ${parsed.dataDir}: ${describe(result.restored)}`);
      if (result.keptAside)
        console.log(`the database that was there is kept in ${result.keptAside}`);
      console.log('start the hub as usual: it continues from the restored log');
    }
    return 0;
  } catch (error) {
    if (error instanceof BackupError || error instanceof DataDirBusyError) {
      console.error(`hub: ${parsed.command} refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
