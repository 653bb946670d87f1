import type { ConflictEvent } from '../schema/event.js';
import { flattenEvent, type NativeValue } from './flatten-event.js';
import { NATIVE_COLUMNS } from './native-columns.js';

/**
 * The column layouts the CSV writer knows: `native` (our flat layout, `NATIVE_COLUMNS`), `acled`
 * (the 31 columns of an ACLED export, in order) and `ucdp` (the 49 columns of UCDP GED).
 */
export type CsvLayout = 'native' | 'acled' | 'ucdp';

/**
 * A layout ready to write: its columns, which of them are numeric (for spreadsheet safety and
 * quoting), and how an event becomes a row of cells. Internal to the CSV writer.
 */
export interface CsvLayoutSpec {
  readonly layout: CsvLayout;
  readonly columns: readonly string[];
  readonly numeric: readonly boolean[];
  /** Text columns: quoted when the writer quotes text (`quotes: 'text'`). */
  readonly text: readonly boolean[];
  readonly cells: (event: ConflictEvent) => NativeValue[];
}

/** The native layout as a {@link CsvLayoutSpec}. */
export const NATIVE_LAYOUT: CsvLayoutSpec = {
  layout: 'native',
  columns: NATIVE_COLUMNS.map((c) => c.name),
  numeric: NATIVE_COLUMNS.map((c) => c.type === 'integer' || c.type === 'number'),
  text: NATIVE_COLUMNS.map((c) => c.type === 'string' || c.type === 'date'),
  cells: flattenEvent,
};

/**
 * Builds a layout spec from a column list, the numeric columns, and a function that maps an event
 * to a record of cell texts (a codebook's `toAcledRow` / `toUcdpRow`). Columns the record lacks are
 * empty.
 */
export function recordLayout(
  layout: CsvLayout,
  columns: readonly string[],
  numericColumns: ReadonlySet<string>,
  toRecord: (event: ConflictEvent) => Readonly<Record<string, string | undefined>>,
): CsvLayoutSpec {
  return {
    layout,
    columns,
    numeric: columns.map((c) => numericColumns.has(c)),
    text: columns.map((c) => !numericColumns.has(c)),
    cells: (event) => {
      const record = toRecord(event);
      const out = new Array<NativeValue>(columns.length);
      for (let i = 0; i < columns.length; i++) {
        const v = record[columns[i] ?? ''];
        out[i] = v === '' ? undefined : v;
      }
      return out;
    },
  };
}
