import type { ConflictEvent } from '../schema/event.js';
import { type Issue, issue } from '../schema/issue.js';
import { flattenEvent, type NativeValue } from './flatten-event.js';
import { NATIVE_COLUMNS } from './native-columns.js';

/**
 * The column layouts the CSV writer knows: `native` (our flat layout, `NATIVE_COLUMNS`), `acled`
 * (the 31 columns of an ACLED export, in order) and `ucdp` (the 49 columns of UCDP GED).
 */
export type CsvLayout = 'native' | 'acled' | 'ucdp';

/**
 * A layout being written: its columns, which of them are numeric (for spreadsheet safety and
 * type inference) or text (for quoting), and how an event becomes a row of cells. The columns are
 * final once the first row is made (a codebook layout may add the extra columns of the first
 * event's original row). One instance per output. Internal to the writers.
 */
export interface CsvLayoutWriter {
  readonly layout: CsvLayout;
  readonly columns: readonly string[];
  readonly numeric: readonly boolean[];
  readonly text: readonly boolean[];
  /** The cells of one event, in column order; issues go to `issues`. Throws on a malformed event. */
  cells(event: ConflictEvent, index: number, issues: Issue[]): NativeValue[];
}

/** The native layout (stateless). */
export function nativeLayout(): CsvLayoutWriter {
  return {
    layout: 'native',
    columns: NATIVE_COLUMNS.map((c) => c.name),
    numeric: NATIVE_COLUMNS.map((c) => c.type === 'integer' || c.type === 'number'),
    text: NATIVE_COLUMNS.map((c) => c.type === 'string' || c.type === 'date'),
    cells: (event) => flattenEvent(event),
  };
}

/**
 * A codebook layout: a base column list, the numeric columns, and a function that maps an event to
 * a record of cell texts (a codebook's `toAcledRow` / `toUcdpRow`). Columns the record lacks are
 * empty. Columns the first record has beyond the base list (e.g. the legacy `data_id`, `iso3` of an
 * imported ACLED row) are appended to the header; such a column first seen in a later event cannot
 * be added any more and gives one warning.
 */
export function recordLayout(
  layout: CsvLayout,
  baseColumns: readonly string[],
  numericColumns: ReadonlySet<string>,
  toRecord: (event: ConflictEvent) => Readonly<Record<string, string | undefined>>,
): CsvLayoutWriter {
  const columns = [...baseColumns];
  const numeric = columns.map((c) => numericColumns.has(c));
  const text = numeric.map((n) => !n);
  let fixed = false;
  const known = new Set(columns);
  const reported = new Set<string>();
  return {
    layout,
    columns,
    numeric,
    text,
    cells(event, index, issues) {
      const record = toRecord(event);
      if (!fixed) {
        fixed = true;
        for (const key of Object.keys(record)) {
          if (known.has(key)) continue;
          known.add(key);
          columns.push(key);
          numeric.push(numericColumns.has(key));
          text.push(!numericColumns.has(key));
        }
      } else {
        for (const key of Object.keys(record)) {
          if (known.has(key) || reported.has(key) || record[key] === undefined || record[key] === '') continue;
          reported.add(key);
          issues.push(
            issue(
              'warning',
              'column_not_in_header',
              `event ${event.id} has a value in column ${key}, which the header (set by the first event) lacks; that column is left out for every event`,
              { path: [index], event: event.id },
            ),
          );
        }
      }
      const out = new Array<NativeValue>(columns.length);
      for (let i = 0; i < columns.length; i++) {
        const v = record[columns[i] ?? ''];
        out[i] = v === '' ? undefined : v;
      }
      return out;
    },
  };
}
