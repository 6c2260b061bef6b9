import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeviceConfigService } from '../config/device-config-service';
import { provisionedConfig, redactedCopy } from './apply-provisioning';
import { describeProblems, parseProvisioningFile } from './provisioning-file';

// At the app's start, before the configuration is loaded: the provisioning file given
// with --provision, else the first `*.json` in the drop folders, is applied once. A bad
// file changes nothing and is reported line by line (it stays, for IT to fix). Applied,
// it is replaced by `<name>.applied` without its enrolment code; if it cannot be renamed
// (a read-only folder), its SHA-256 in the configuration keeps it from being applied again.

export type ProvisioningOutcome =
  | { kind: 'none' }
  | { kind: 'already-applied'; path: string }
  | { kind: 'applied'; path: string; keptAs: string | null }
  | { kind: 'refused'; path: string; message: string };

export interface ProvisionOptions {
  /** From --provision; looked at first. */
  file: string | null;
  dirs: readonly string[];
  clock: () => number;
  log: (message: string) => void;
}

function candidates({ file, dirs }: ProvisionOptions): string[] {
  if (file) return [file];
  return dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => join(dir, name))
      : [],
  );
}

/** Replaces the file by its redacted copy `<name>.applied`; null when the folder is read-only. */
function consume(path: string, redacted: string): string | null {
  const keptAs = `${path}.applied`;
  try {
    writeFileSync(keptAs, redacted, { mode: 0o600 });
    rmSync(path);
    return keptAs;
  } catch {
    return null;
  }
}

export function provisionAtStart(
  service: DeviceConfigService,
  options: ProvisionOptions,
): ProvisioningOutcome {
  const path = candidates(options)[0];
  if (!path) return { kind: 'none' };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const message = `${path}: cannot be read (${error instanceof Error ? error.message : String(error)}): check the path and that the app's account may read it`;
    options.log(`provisioning refused: ${message}`);
    return { kind: 'refused', path, message };
  }
  const parsed = parseProvisioningFile(text);
  if (!parsed.ok) {
    const message = describeProblems(path, parsed.problems);
    options.log(`provisioning refused, nothing changed:\n${message}`);
    return { kind: 'refused', path, message };
  }
  const loaded = service.load();
  const current = loaded.kind === 'ready' ? loaded.config : null;
  if (current?.provisionedFrom?.sha256 === parsed.sha256) {
    options.log(`provisioning: ${path} was applied already (same file): left as is`);
    return { kind: 'already-applied', path };
  }
  const now = options.clock();
  const saved = service.save(provisionedConfig(current, parsed, now));
  if (!saved.ok) {
    const message = `${path}: ${saved.message}`;
    options.log(`provisioning refused, nothing changed: ${message}`);
    return { kind: 'refused', path, message };
  }
  const keptAs = consume(path, redactedCopy(parsed.file, now));
  options.log(
    `provisioning applied from ${path}: ${parsed.file.mode} "${parsed.file.label}" for ${parsed.file.hubUrl}` +
      (keptAs
        ? `; the file is now ${keptAs} (its enrolment code removed)`
        : '; the file could not be renamed (read-only folder): it will not be applied again'),
  );
  return { kind: 'applied', path, keptAs };
}
