// `npm run hub -- provisioning-files CSV OUTDIR --hub-url URL (--hub-fingerprint FP | --hub-ca FILE) …`:
// one provisioning file per device from the batch of enrolment codes the hub gave as CSV.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { provisioningFilesFromCsv, type CommonFields } from '../electron/provisioning/batch-files';

export const provisioningFilesUsage = `Usage: npm run hub -- provisioning-files CSV OUTDIR --hub-url https://HOST[:PORT]
         (--hub-fingerprint SHA256 | --hub-ca CA.pem) [--language fr] [--update-channel latest|beta]
         [--update-url https://…]

  CSV       the codes of POST /api/v1/devices/enrolment-codes/batch?format=csv (French or intl)
  OUTDIR    where to write one <label>.json per device (created; existing files are never overwritten)
  The device's mode is its role in the CSV. Each file holds a one-time code: copy it to its
  device (--provision FILE, or the drop folder of docs/it/README.md) and keep no other copy.`;

export function runProvisioningFiles(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        'hub-url': { type: 'string' },
        'hub-fingerprint': { type: 'string' },
        'hub-ca': { type: 'string' },
        language: { type: 'string' },
        'update-channel': { type: 'string' },
        'update-url': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`hub: ${(error as Error).message}\n\n${provisioningFilesUsage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(provisioningFilesUsage);
    return 0;
  }
  const [csvPath, outDir] = positionals;
  if (!csvPath || !outDir || positionals.length !== 2 || !values['hub-url']) {
    console.error(
      `hub: provisioning-files needs CSV, OUTDIR and --hub-url\n\n${provisioningFilesUsage}`,
    );
    return 2;
  }
  let hubCertificatePem: string | undefined;
  if (values['hub-ca']) {
    try {
      hubCertificatePem = readFileSync(values['hub-ca'], 'utf8');
    } catch (error) {
      console.error(
        `hub: --hub-ca ${values['hub-ca']} cannot be read: ${(error as Error).message}`,
      );
      return 1;
    }
  }
  const common = {
    hubUrl: values['hub-url'],
    ...(values['hub-fingerprint'] ? { hubFingerprint: values['hub-fingerprint'] } : {}),
    ...(hubCertificatePem ? { hubCertificatePem } : {}),
    ...(values.language ? { language: values.language } : {}),
    ...(values['update-channel'] ? { updateChannel: values['update-channel'] } : {}),
    ...(values['update-url'] ? { updateUrl: values['update-url'] } : {}),
  } as CommonFields;
  let csv: string;
  try {
    csv = readFileSync(csvPath, 'utf8');
  } catch (error) {
    console.error(`hub: ${csvPath} cannot be read: ${(error as Error).message}`);
    return 1;
  }
  const result = provisioningFilesFromCsv(csv, common);
  if (!result.ok) {
    console.error(`hub: provisioning-files refused, nothing written: ${result.message}`);
    return 1;
  }
  const dir = resolve(outDir);
  const clashes = result.files.filter((file) => existsSync(join(dir, file.fileName)));
  if (clashes.length > 0) {
    console.error(
      `hub: provisioning-files refused, nothing written: ${clashes.map((f) => join(dir, f.fileName)).join(', ')} already exist(s): give an empty OUTDIR`,
    );
    return 1;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const file of result.files) {
    writeFileSync(join(dir, file.fileName), file.content, { mode: 0o600, flag: 'wx' });
    console.log(`${join(dir, file.fileName)}  ${file.label} (code valid until ${file.expiresAt})`);
  }
  console.log(`${result.files.length} provisioning files written in ${dir}`);
  return 0;
}
