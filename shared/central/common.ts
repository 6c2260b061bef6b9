import { z } from 'zod';
import { codeSchema as domainCode, idSchema as domainId } from '../domain/primitives';

// Building blocks shared by every central API schema. Code and identifier formats are the
// hub's own (shared/domain/primitives.ts), so whatever the hub stores can be sent, and
// whatever the central API sends can be stored.

export const siteIdSchema = domainId.meta({
  description: 'Site identifier, as in the site configuration (e.g. centre-administratif).',
});

export const serviceCodeSchema = domainCode.meta({
  description: 'Code of a municipal service, as configured for the site, e.g. etat-civil.',
});

/** Identifiers minted by one end and echoed by the other (visit ids, counter ids...). */
export const identifierSchema = domainId.meta({
  description: 'Opaque identifier: letters, digits and _ . : - (at most 64).',
});

/** A site-configured vocabulary entry such as an outcome code. */
export const codeSchema = domainCode.meta({
  description: 'Lowercase code from a configured vocabulary, e.g. no-show.',
});

export const timestampSchema = z.iso
  .datetime({ offset: true })
  .meta({ description: 'RFC 3339 date-time with a time zone (Z or an offset).' });

export const dateSchema = z.iso
  .date()
  .meta({ description: 'Calendar date (YYYY-MM-DD), in the local time of the site.' });

export const countSchema = z.number().int().nonnegative();

/** Metadata key that flags personal data for the central team and for retention rules. */
export const personalData = { 'x-personal-data': true } as const;
