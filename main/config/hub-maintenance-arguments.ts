import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hubSettingsSchema } from './hub-settings';
import { describeProblems, readValidatedJson } from './validated-json-file';

export const maintenanceUsage = `Usage: npm run hub -- backup FILE [--data DIR | --settings FILE]
       npm run hub -- restore FILE [--data DIR | --settings FILE]

  backup FILE    copies the hub's database to FILE while the hub runs (a consistent
                 moment of its log, checked whole); never overwrites FILE
  restore FILE   puts the backup FILE in place as the database of a STOPPED hub; the
                 database that was there is kept aside in before-restore-<time>/
  --data DIR     the hub's data folder (default .data/hub)
  --settings FILE
                 the hub's settings file: its dataDir is used`;

export type MaintenanceCommand = 'backup' | 'restore';

export const maintenanceCommands: readonly MaintenanceCommand[] = ['backup', 'restore'];

export type ParsedMaintenance =
  | { kind: 'maintenance'; command: MaintenanceCommand; file: string; dataDir: string }
  | { kind: 'help'; message: string }
  | { kind: 'error'; message: string };

/** Reads `backup FILE …` or `restore FILE …`; says exactly what is wrong. */
export function parseMaintenanceArguments(argv: string[]): ParsedMaintenance {
  const [command, ...rest] = argv;
  if (command !== 'backup' && command !== 'restore')
    return { kind: 'error', message: `unknown command "${command}": use backup or restore` };
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        settings: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', message: maintenanceUsage };
  if (positionals.length !== 1 || !positionals[0])
    return {
      kind: 'error',
      message: `${command} needs exactly one FILE (the backup ${command === 'backup' ? 'to write' : 'to restore'})`,
    };
  if (values.data && values.settings)
    return { kind: 'error', message: '--data and --settings both name the data folder: give one' };
  let dataDir = values.data ?? '.data/hub';
  if (values.settings) {
    const reading = readValidatedJson(values.settings, hubSettingsSchema);
    if (!reading.ok)
      return { kind: 'error', message: describeProblems(values.settings, reading.problems) };
    dataDir = reading.value.dataDir;
  }
  return { kind: 'maintenance', command, file: resolve(positionals[0]), dataDir: resolve(dataDir) };
}
