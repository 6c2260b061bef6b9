import { parseCsv } from '../../../shared/csv/csv-parse';
import { enrolmentCsvColumns } from '../../hub/server/routes/enrolment-codes-csv';
import { appModes } from '../config/device-config';
import {
  describeProblems,
  parseProvisioningFile,
  provisioningVersion,
  type ProvisioningFileInput,
} from './provisioning-file';

// The batch of enrolment codes the hub gives as a spreadsheet (POST
// /api/v1/devices/enrolment-codes/batch?format=csv) turned into one provisioning file
// per device, for IT to copy onto each machine. Every file is checked by the very
// parser the app uses before it is written: a file the app would refuse is never made.

export type CommonFields = Omit<
  ProvisioningFileInput,
  'version' | 'mode' | 'enrolmentCode' | 'label'
>;

export interface BatchFile {
  fileName: string;
  label: string;
  expiresAt: string;
  content: string;
}

export type BatchResult = { ok: true; files: BatchFile[] } | { ok: false; message: string };

type Key = 'label' | 'role' | 'code' | 'expiresAt';

/** Which column holds what, from the header line in French or English. */
function columnsOf(header: readonly string[]): Record<Key, number> | string {
  const found: Partial<Record<Key, number>> = {};
  for (const column of enrolmentCsvColumns) {
    const index = header.findIndex(
      (cell) => cell.trim() === column.label.fr || cell.trim() === column.label.en,
    );
    if (index === -1)
      return `the header has no column "${column.label.fr}" (or "${column.label.en}"): give the CSV of POST /api/v1/devices/enrolment-codes/batch?format=csv as it came`;
    found[column.key as Key] = index;
  }
  return found as Record<Key, number>;
}

/** A file name from a label: `Borne hall 1` → `borne-hall-1.json`, accents and symbols dropped. */
export function fileNameOf(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'device';
  let name = `${base}.json`;
  for (let n = 2; taken.has(name); n += 1) name = `${base}-${n}.json`;
  return name;
}

export function provisioningFilesFromCsv(csv: string, common: CommonFields): BatchResult {
  const [header, ...rows] = parseCsv(csv).filter((row) => row.some((cell) => cell.trim() !== ''));
  if (!header) return { ok: false, message: 'the CSV is empty' };
  const columns = columnsOf(header);
  if (typeof columns === 'string') return { ok: false, message: columns };
  const files: BatchFile[] = [];
  const taken = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const line = index + 2;
    const cell = (key: Key) => (row[columns[key]] ?? '').trim();
    const role = cell('role');
    if (!(appModes as readonly string[]).includes(role))
      return {
        ok: false,
        message: `line ${line}: role "${role}" is not one of ${appModes.join(', ')}`,
      };
    const input: ProvisioningFileInput = {
      version: provisioningVersion,
      mode: role as (typeof appModes)[number],
      ...common,
      enrolmentCode: cell('code'),
      label: cell('label'),
    };
    const content = `${JSON.stringify(input, null, 2)}\n`;
    const parsed = parseProvisioningFile(content);
    if (!parsed.ok)
      return {
        ok: false,
        message: `line ${line} (${cell('label') || 'no label'}) would make a file the app refuses:\n${describeProblems('provisioning file', parsed.problems)}`,
      };
    const fileName = fileNameOf(cell('label'), taken);
    taken.add(fileName);
    files.push({ fileName, label: cell('label'), expiresAt: cell('expiresAt'), content });
  }
  if (files.length === 0) return { ok: false, message: 'the CSV has a header but no device' };
  return { ok: true, files };
}
