/** A column of `UiDataTable`. */
export interface DataColumn<R> {
  key: string;
  label: string;
  /** The cell's text when no `#cell-<key>` slot is given. */
  text?: (row: R) => string;
  /** Figures: aligned at the end, with tabular digits. */
  numeric?: boolean;
}
