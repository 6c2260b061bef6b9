import type { IssuedCode } from '../../store/device-store';
import { toCsv, type CsvColumn, type CsvStyle } from '../../../../shared/csv/csv';

export const enrolmentCsvColumns: CsvColumn[] = [
  { key: 'label', label: { fr: 'Appareil', en: 'Device' } },
  { key: 'role', label: { fr: 'Rôle', en: 'Role' } },
  { key: 'code', label: { fr: 'Code', en: 'Code' } },
  { key: 'expiresAt', label: { fr: 'Valable jusqu’au', en: 'Valid until' } },
];

/** The codes of a batch as a spreadsheet for IT's roll-out (one line per device). */
export function enrolmentCodesCsv(codes: readonly IssuedCode[], style: CsvStyle): string {
  return toCsv(
    enrolmentCsvColumns,
    codes.map((c) => ({
      label: c.label,
      role: c.role,
      code: c.code,
      expiresAt: new Date(c.expiresAt).toISOString(),
    })),
    style,
  );
}
