import type { ConflictEvent } from '../schema/event.js';
import { type Issue, issue, withContext } from '../schema/issue.js';
import { CSV_ROW_MAPPERS } from './csv-row-mappers.js';
import { type CsvRowOptions, streamCsvRows } from './csv-rows.js';
import { type CsvHeaderLayout, detectCsvLayout, normalizeHeaderName } from './detect-csv-layout.js';
import { type ReadRecord, type ReadSource, type ReadSourceOptions, readFailure, sourceName } from './read-source.js';

/**
 * Options every CSV event reader takes: the file name for issues and the field delimiter.
 *
 * @example
 * ```ts
 * const options: ReadCsvEventsOptions = { file: 'acled.csv', delimiter: ',' };
 * ```
 */
export interface ReadCsvEventsOptions extends ReadSourceOptions, CsvRowOptions {}

const LAYOUT_NAMES: Record<CsvHeaderLayout, string> = {
  native: 'a conflict-events native CSV',
  acled: 'an ACLED export',
  'acled-legacy': 'an ACLED export (legacy columns)',
  ucdp: 'a UCDP GED file',
};

const READER_FOR: Record<CsvHeaderLayout, string> = {
  native: 'readCsv',
  acled: 'readAcledCsv',
  'acled-legacy': 'readAcledCsv',
  ucdp: 'readUcdpCsv',
};

function preview(header: readonly string[]): string {
  const shown = header.slice(0, 6).map((h) => JSON.stringify(h)).join(', ');
  return header.length > 6 ? `${shown}, … (${header.length} columns)` : shown;
}

/**
 * Streams events from a CSV file whose layout is recognised from its header and must be one of
 * `accept`. Each row goes through the layout's row mapper (the codebooks' `fromAcledRow` /
 * `fromUcdpRow`, or the native row reader); its issues carry the file and the line the row starts
 * on. An unknown header, or a layout this reader does not take, gives one `unknown_header` /
 * `wrong_layout` error record and nothing else. Internal: use `streamCsv`, `streamAcledCsv`,
 * `streamUcdpCsv`.
 */
export async function* streamCsvEvents(
  source: ReadSource,
  options: ReadCsvEventsOptions,
  accept: readonly CsvHeaderLayout[],
  expected: string,
): AsyncGenerator<ReadRecord> {
  const file = sourceName(source, options);
  let failure: string | undefined;
  const rows = streamCsvRows(source, (m) => (failure ??= m), options);
  let header: string[] | undefined;
  let keys: string[] = [];
  let mapper: ((record: Record<string, string>, where: { file: string; line: number }) => { value: ConflictEvent | undefined; issues: Issue[] }) | undefined;
  for await (const { cells, line } of rows) {
    if (header === undefined) {
      header = cells;
      keys = header.map(normalizeHeaderName);
      const layout = detectCsvLayout(header);
      if (layout === undefined || !accept.includes(layout)) {
        const message =
          layout === undefined
            ? `the header of ${file} is not ${expected}: it starts ${preview(header)}`
            : `${file} is ${LAYOUT_NAMES[layout]}, not ${expected}; read it with ${READER_FOR[layout]}`;
        yield { value: undefined, line, issues: [issue('error', layout === undefined ? 'unknown_header' : 'wrong_layout', message, { file, line })] };
        return;
      }
      const spec = CSV_ROW_MAPPERS[layout];
      mapper = spec.map;
      const have = new Set(keys);
      const missing = spec.columns.filter((c) => !have.has(c));
      if (missing.length > 0) {
        yield {
          value: undefined,
          line,
          issues: [
            issue('warning', 'missing_columns', `${file} (${LAYOUT_NAMES[layout]}) lacks the columns ${missing.join(', ')}; their values are empty`, {
              file,
              line,
            }),
          ],
        };
      }
      continue;
    }
    if (mapper === undefined) return;
    const record: Record<string, string> = {};
    for (let i = 0; i < keys.length; i++) record[keys[i] ?? ''] = cells[i] ?? '';
    const rowIssues: Issue[] = [];
    if (cells.length !== keys.length) {
      rowIssues.push(
        issue(
          'warning',
          'field_count',
          cells.length < keys.length
            ? `line ${line} has ${cells.length} fields, the header ${keys.length}; the missing ones are empty`
            : `line ${line} has ${cells.length} fields, the header ${keys.length}; the extra fields are ignored: ${cells.slice(keys.length).map((c) => JSON.stringify(c)).join(', ')}`,
          { file, line },
        ),
      );
    }
    const result = mapper(record, { file, line });
    yield { value: result.value, line, issues: [...rowIssues, ...withContext(result.issues, { file, line })] };
  }
  if (header === undefined && failure === undefined) {
    yield { value: undefined, line: 0, issues: [issue('error', 'empty_file', `${file} is empty: no header row`, { file })] };
  }
  if (failure !== undefined) yield { value: undefined, line: 0, issues: [readFailure(file, failure)] };
}
