import type { RouteBodies } from '../../../shared/contracts/routes';
import { complaintChannels } from '../../../shared/contracts/statistics';
import { complaintDeadline } from '../../../shared/domain/quality-config';
import type { Refusal } from '../hub/refusal';

// What a complaint form holds while the agent types (strings, as the controls give them),
// the body it sends, the deadline it will get, and which field a hub refusal is about.

export type ComplaintBody = RouteBodies['recordComplaint'];
export type ComplaintChannel = (typeof complaintChannels)[number];
export { complaintChannels };

/** The form's fields, in the order they show (the hub names its refusals by them). */
export const complaintFields = [
  'channel',
  'service',
  'category',
  'reference',
  'answerDays',
] as const;
export type ComplaintField = (typeof complaintFields)[number];

export interface ComplaintDraft {
  /** '' until chosen. */
  channel: ComplaintChannel | '';
  /** '' for the reception in general. */
  service: string;
  /** '' until chosen. */
  category: string;
  /** The mail register's reference, '' when there is none. */
  reference: string;
  /** Days to answer as typed ('' for the town's commitment); a number input gives a number. */
  answerDays: string | number;
}

export function emptyDraft(channel: ComplaintChannel | '' = ''): ComplaintDraft {
  return { channel, service: '', category: '', reference: '', answerDays: '' };
}

/**
 * The body the hub checks: empty fields left out (so the hub applies its defaults), the
 * rest as typed, so what it refuses is what the agent wrote. An empty channel or category
 * is sent as it is and refused by the hub with its own words.
 */
export function complaintBody(draft: ComplaintDraft): ComplaintBody {
  const reference = draft.reference.trim();
  const days = String(draft.answerDays).trim();
  return {
    channel: draft.channel as ComplaintChannel,
    category: draft.category,
    ...(draft.service ? { service: draft.service } : {}),
    ...(reference ? { reference } : {}),
    ...(days ? { answerDays: Number(days) } : {}),
  };
}

/** The days the complaint will get: the typed ones if they are a valid count, else null. */
export function answerDaysOf(draft: ComplaintDraft, committedDays: number): number | null {
  const typed = String(draft.answerDays).trim();
  if (!typed) return committedDays;
  const days = Number(typed);
  return Number.isInteger(days) && days >= 1 && days <= 365 ? days : null;
}

/** The deadline the complaint would get if sent at `now`; null while the days are not valid. */
export function draftDeadline(
  draft: ComplaintDraft,
  now: number,
  committedDays: number,
): number | null {
  const days = answerDaysOf(draft, committedDays);
  return days === null ? null : complaintDeadline(now, days);
}

export interface ComplaintProblems {
  /** The hub's words for each field it refused. */
  fields: Partial<Record<ComplaintField, string>>;
  /** A refusal about no field in particular (network, rights, configuration). */
  general: Refusal | null;
}

const isField = (name: unknown): name is ComplaintField =>
  typeof name === 'string' && (complaintFields as readonly string[]).includes(name);

/**
 * Sorts a refusal of `recordComplaint` by field: a validation refusal lists its issues
 * (`details.issues: [{ field, message }]`), each shown beside its field; what names no
 * field of the form stays a general refusal.
 */
export function complaintProblems(refusal: Refusal): ComplaintProblems {
  const issues = refusal.code === 'validation' ? refusal.details?.issues : undefined;
  if (!Array.isArray(issues)) return { fields: {}, general: refusal };
  const fields: ComplaintProblems['fields'] = {};
  let unplaced = false;
  for (const issue of issues as unknown[]) {
    const { field, message } = (issue ?? {}) as { field?: unknown; message?: unknown };
    if (isField(field) && typeof message === 'string')
      fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
    else unplaced = true;
  }
  return { fields, general: unplaced || Object.keys(fields).length === 0 ? refusal : null };
}
