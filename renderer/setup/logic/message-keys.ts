import type { SetupMessageKey } from '../i18n';

// The words the screens use for each error code of the setup and admin channels; the
// English message from main is shown under it, for IT.

const keys: Partial<Record<string, SetupMessageKey>> = {
  'invalid-url': 'error.invalidUrl',
  'hub-unreachable': 'error.hubUnreachable',
  'certificate-refused': 'error.certificateRefused',
  'not-a-hub': 'error.notAHub',
  'code-refused': 'error.codeRefused',
  'rate-limited': 'error.rateLimited',
  'role-mismatch': 'error.roleMismatch',
  'pin-required': 'error.pinRequired',
  'config-refused': 'error.configRefused',
  locked: 'error.locked',
  'wrong-pin': 'error.wrongPin',
  wait: 'error.wait',
  'no-pin-set': 'error.noPinSet',
  'no-printer': 'error.noPrinter',
  'print-failed': 'error.printFailed',
  'invalid-request': 'error.invalidRequest',
  unavailable: 'error.unavailable',
};

export function errorKey(code: string): SetupMessageKey {
  return keys[code] ?? 'error.other';
}

/** An error as the screens keep it: its code and main's English message. */
export interface ShownError {
  code: string;
  message: string;
  retryAt?: number;
}

type Mode = 'kiosk' | 'counter' | 'display';

export const modeKey = (mode: Mode): SetupMessageKey => `mode.${mode}`;
export const modeHintKey = (mode: Mode): SetupMessageKey => `mode.${mode}.hint`;
export const problemKey = (
  reason: 'corrupt' | 'invalid' | 'newer' | 'first-run',
): SetupMessageKey => `problem.${reason}`;
export const doneKey = (done: 'printed' | 'restarting' | 'leaving'): SetupMessageKey =>
  `admin.done.${done}`;
export const deviceKindKey = (kind: 'printer' | 'scanner'): SetupMessageKey => `admin.kind.${kind}`;
