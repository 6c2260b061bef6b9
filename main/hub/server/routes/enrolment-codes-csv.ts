import type { IssuedCode } from '../../store/device-store';
import { toCsv, type CsvStyle } from '../../../../shared/statistics/csv';
import type { Column } from '../../../../shared/statistics/tables';

export const enrolmentCsvColumns: Column[] = [
  { key: 'label', kind: 'text', label: { fr: 'Appareil', en: 'Device' } },
  { key: 'role', kind: 'text', label: { fr: 'Rôle', en: 'Role' } },
  { key: 'code', kind: 'text', label: { fr: 'Code', en: 'Code' } },
  { key: 'expiresAt', kind: 'text', label: { fr: 'Valable jusqu’au', en: 'Valid until' } },
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
