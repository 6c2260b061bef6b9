import type { MessageKey } from '../i18n';

/** One column of a report table: its heading's message key and a row's cell. */
export interface ReportColumn<Row> {
  label: MessageKey;
  cell: (row: Row) => string | number;
}

/** A report table: its first column heads each row (`<th scope="row">`). */
export interface ReportTableSpec<Row> {
  rowKey: (row: Row) => string;
  columns: readonly [ReportColumn<Row>, ...ReportColumn<Row>[]];
}
