import type { ColumnKind } from '../../../../shared/statistics/tables';

/** A table cell as the manager reads it in their language (fr: "12,5 %", en: "12.5%"). */
export function formatCell(
  value: string | number | null | undefined,
  kind: ColumnKind,
  locale: string,
): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string') return value;
  if (kind === 'share')
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
      value,
    );
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
