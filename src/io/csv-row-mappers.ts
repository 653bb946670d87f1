import { ACLED_COLUMNS } from '../codebooks/acled/columns.js';
import { fromAcledRow } from '../codebooks/acled/acled-row.js';
import { UCDP_GED_COLUMNS } from '../codebooks/ucdp/columns.js';
import { fromUcdpRow } from '../codebooks/ucdp/ucdp-row.js';
import type { ConflictEvent } from '../schema/event.js';
import type { Issue } from '../schema/issue.js';
import type { CsvHeaderLayout } from './detect-csv-layout.js';
import { NATIVE_COLUMN_NAMES } from './native-columns.js';
import { fromNativeRecord } from './native-row.js';

/** How rows of one CSV layout become events: the columns the layout expects and the row mapper. */
export interface CsvRowMapper {
  readonly columns: readonly string[];
  readonly map: (
    record: Record<string, string>,
    where: { file: string; line: number },
  ) => { value: ConflictEvent | undefined; issues: Issue[] };
}

/** Columns that legacy ACLED exports lack (codebook §1.1). */
const NOT_IN_LEGACY_ACLED = new Set(['disorder_type', 'civilian_targeting', 'tags']);

/** The row mapper of each CSV layout a reader recognises: the codebooks' row readers, or the native row reader. */
export const CSV_ROW_MAPPERS: Record<CsvHeaderLayout, CsvRowMapper> = {
  native: { columns: NATIVE_COLUMN_NAMES, map: fromNativeRecord },
  acled: { columns: ACLED_COLUMNS, map: fromAcledRow },
  'acled-legacy': { columns: ACLED_COLUMNS.filter((c) => !NOT_IN_LEGACY_ACLED.has(c)), map: fromAcledRow },
  ucdp: { columns: UCDP_GED_COLUMNS, map: fromUcdpRow },
};
