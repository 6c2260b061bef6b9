import { createHash } from 'node:crypto';
import { z } from 'zod';
import { languageCodes } from '../../../shared/i18n/languages';
import { printerConfigSchema } from '../../devices/printer/printer-config';
import { serialScannerConfigSchema } from '../../devices/scanner/scanner-config';
import { appModes, powerScheduleSchema, updateChannels } from '../config/device-config';
import { fingerprintOfPem, normaliseFingerprint } from '../policy/certificate-pin';

// The provisioning file IT drops on a machine (deb postinst, GPO, disk image) or passes
// with `accueil --provision FILE`: everything the setup screen would ask, for a device
// that nobody sets up by hand. Versioned; parsed strictly (an unknown key is a typo);
// a refusal names the line and the field at fault and what to write instead.

export const provisioningVersion = 1;

const httpsOrigin = z
  .string()
  .trim()
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' && url.pathname === '/' && !url.username && !url.search;
    } catch {
      return false;
    }
  }, 'give the hub as https://host[:port] (https only, no path)');

export const provisioningFileSchema = z
  .strictObject({
    version: z.literal(provisioningVersion, { error: `write "version": ${provisioningVersion}` }),
    mode: z.enum(appModes, { error: `one of ${appModes.join(', ')}` }),
    hubUrl: httpsOrigin,
    /** SHA-256 of the hub's certificate or of the site CA (AB:CD:… or sha256/…). */
    hubFingerprint: z
      .string()
      .refine(
        (text) => normaliseFingerprint(text) !== null,
        'a SHA-256 fingerprint: 32 hex pairs (AB:CD:…) or sha256/<base64>',
      )
      .optional(),
    /** Or the site CA's (or the hub's) certificate itself, PEM. */
    hubCertificatePem: z
      .string()
      .refine(
        (text) => fingerprintOfPem(text) !== null,
        'a PEM certificate (-----BEGIN CERTIFICATE----- …)',
      )
      .optional(),
    /** One of the one-time codes of POST /api/v1/devices/enrolment-codes(/batch). */
    enrolmentCode: z.string().trim().min(1).max(40),
    label: z.string().trim().min(1).max(80),
    language: z.enum(languageCodes, { error: `one of ${languageCodes.join(', ')}` }).default('fr'),
    updateChannel: z
      .enum(updateChannels, { error: `one of ${updateChannels.join(', ')}` })
      .optional(),
    updateUrl: z.url({ protocol: /^https$/, error: 'an https:// address' }).optional(),
    printer: printerConfigSchema.nullable().optional(),
    scanner: serialScannerConfigSchema.nullable().optional(),
    power: powerScheduleSchema.optional(),
  })
  .refine((file) => file.hubFingerprint === undefined || file.hubCertificatePem === undefined, {
    path: ['hubCertificatePem'],
    message: 'give hubFingerprint or hubCertificatePem, not both',
  })
  .refine((file) => file.hubFingerprint !== undefined || file.hubCertificatePem !== undefined, {
    path: ['hubFingerprint'],
    message:
      "the hub's certificate is pinned: give hubFingerprint (its SHA-256) or hubCertificatePem",
  });

export type ProvisioningFile = z.output<typeof provisioningFileSchema>;
export type ProvisioningFileInput = z.input<typeof provisioningFileSchema>;

export interface ProvisioningProblem {
  /** The field's path (`printer.port`), or '' for the file as a whole. */
  field: string;
  /** 1-based line of the file where the field (or the syntax error) is; null when unknown. */
  line: number | null;
  message: string;
}

export type ProvisioningParse =
  | { ok: true; file: ProvisioningFile; fingerprint: string; sha256: string }
  | { ok: false; problems: ProvisioningProblem[] };

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Where a field's key is written: each path segment searched after the previous one. */
export function lineOfField(text: string, path: readonly PropertyKey[]): number | null {
  let from = 0;
  let found = -1;
  for (const segment of path) {
    if (typeof segment !== 'string') continue;
    const index = text.indexOf(JSON.stringify(segment), from);
    if (index === -1) break;
    found = index;
    from = index + 1;
  }
  return found === -1 ? null : lineAt(text, found);
}

function syntaxProblem(text: string, error: unknown): ProvisioningProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const lineColumn = /line (\d+)/.exec(message)?.[1];
  const line =
    position !== undefined
      ? lineAt(text, Number(position))
      : lineColumn
        ? Number(lineColumn)
        : null;
  return { field: '', line, message: `not valid JSON (${message}): check the commas and quotes` };
}

export function parseProvisioningFile(text: string): ProvisioningParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  const parsed = provisioningFileSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path =
          issue.code === 'unrecognized_keys'
            ? [...issue.path, ...issue.keys.slice(0, 1)]
            : issue.path;
        return {
          field: path.map(String).join('.'),
          line: lineOfField(text, path),
          message:
            issue.code === 'unrecognized_keys'
              ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: check the spelling (see docs/it/README.md)`
              : issue.message,
        };
      }),
    };
  const file = parsed.data;
  const fingerprint = file.hubFingerprint
    ? normaliseFingerprint(file.hubFingerprint)
    : fingerprintOfPem(file.hubCertificatePem ?? '');
  if (!fingerprint)
    return {
      ok: false,
      problems: [{ field: 'hubFingerprint', line: null, message: 'no fingerprint' }],
    };
  return { ok: true, file, fingerprint, sha256: createHash('sha256').update(text).digest('hex') };
}

/** One line per problem, as IT reads it in the log: `FILE:LINE: field: what is wrong`. */
export function describeProblems(path: string, problems: readonly ProvisioningProblem[]): string {
  return problems
    .map(
      (problem) =>
        `${path}${problem.line === null ? '' : `:${problem.line}`}: ${problem.field || '(file)'}: ${problem.message}`,
    )
    .join('\n');
}
