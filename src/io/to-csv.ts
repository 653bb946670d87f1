import Papa from 'papaparse';
import type { ConflictEvent } from '../schema/event.js';
import type { Issue, Result } from '../schema/issue.js';
import type { CsvLayoutWriter } from './csv-layout.js';
import { createCsvLayout, type CsvLayoutOptions } from './csv-layouts.js';
import type { EventSource } from './event-source.js';
import type { NativeValue } from './flatten-event.js';
import { escapeSpreadsheetCell, startsLikeFormula } from './spreadsheet-safety.js';
import { writeEventText } from './write-events.js';
import type { WriteStats, WriteTarget, WriteTargetOptions } from './write-target.js';
import { unwritableEvent } from './write-issue.js';

/**
 * How the CSV writer formats its output (for {@link toCsv} and {@link writeCsv}).
 *
 * @example
 * ```ts
 * const options: CsvFormatOptions = { layout: 'acled', bom: true, newline: '\r\n' };
 * ```
 */
export interface CsvFormatOptions extends CsvLayoutOptions {
  /**
   * Spreadsheet safety, on by default: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
   * carriage return gets a leading `'` so that spreadsheets show it as text instead of running
   * it as a formula (OWASP "CSV injection"). Numbers in numeric columns (`-3.5`) are not text and
   * are never escaped. Turn it off for CSV read by programs.
   */
  spreadsheetSafe?: boolean;
  /** Write a UTF-8 byte-order mark first, so Excel reads Arabic text as UTF-8. Default false. */
  bom?: boolean;
  /** Line ending: `'\n'` (default, as R and pandas write) or `'\r\n'` (RFC 4180, Windows). */
  newline?: '\n' | '\r\n';
  /**
   * Which cells to quote: `minimal` (default: only cells that need it: with a comma, quote, line
   * break, or leading / trailing space), `text` (also the header and every non-empty cell of a
   * text column, as R's `write.csv` does), or `all`.
   */
  quotes?: 'minimal' | 'text' | 'all';
  /** Write the header row. Default true. */
  header?: boolean;
}

/** Options of {@link writeCsv}: the format, how many rows go to papaparse at a time, and the target. */
export interface WriteCsvOptions extends CsvFormatOptions, WriteTargetOptions {
  /** Rows formatted per `Papa.unparse` call (memory is bounded by this). Default 2000. */
  chunkSize?: number;
}

interface Formatter {
  layout: CsvLayoutWriter;
  /** The header line (without newline); final once the first row was prepared. */
  header: () => string;
  rows: (cells: NativeValue[][]) => string;
  newline: string;
  prepare: (event: ConflictEvent, index: number, issues: Issue[]) => NativeValue[] | undefined;
}

function formatter(options: CsvFormatOptions): Formatter {
  const layout = createCsvLayout(options);
  // Checked at run time for JavaScript callers.
  const newline: string = options.newline ?? '\n';
  if (newline !== '\n' && newline !== '\r\n') throw new TypeError(`newline must be '\\n' or '\\r\\n', got ${JSON.stringify(newline)}`);
  const quoteMode: string = options.quotes ?? 'minimal';
  if (!['minimal', 'text', 'all'].includes(quoteMode)) throw new TypeError(`quotes must be minimal, text or all, got ${JSON.stringify(quoteMode)}`);
  // Arrays of the layout, which a codebook layout may still extend while making the first row.
  const quotes: boolean | readonly boolean[] = quoteMode === 'all' ? true : quoteMode === 'text' ? layout.text : false;
  const safe = options.spreadsheetSafe ?? true;
  const { numeric } = layout;
  const config: Papa.UnparseConfig = { header: false, newline, quotes: quotes as boolean | boolean[], escapeFormulae: false };

  const prepare = (event: ConflictEvent, index: number, issues: Issue[]): NativeValue[] | undefined => {
    let cells: NativeValue[];
    try {
      cells = layout.cells(event, index, issues);
    } catch (error) {
      issues.push(unwritableEvent(event, index, error));
      return undefined;
    }
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (typeof v === 'string') {
        if (v === '') cells[i] = undefined;
        else if (safe && startsLikeFormula(v)) cells[i] = escapeSpreadsheetCell(v, { numeric: numeric[i] === true });
      } else if (typeof v === 'boolean') {
        cells[i] = v ? 'true' : 'false';
      }
    }
    return cells;
  };

  return {
    layout,
    newline,
    header: () => Papa.unparse([[...layout.columns]], { header: false, newline, quotes: quoteMode !== 'minimal' }),
    rows: (cells) => Papa.unparse(cells, config),
    prepare,
  };
}

/**
 * Writes events as CSV to a file or stream, streaming: events are pulled from the source, a chunk
 * of rows at a time is formatted with `Papa.unparse` and written with back-pressure, so a million
 * events take bounded memory.
 *
 * Layouts: `native` (default; every column is documented in `NATIVE_COLUMNS`), `acled` (the 31
 * ACLED columns in export order; see `acled` options for inter codes and the civilian_targeting
 * literal) and `ucdp` (the 49 UCDP GED columns). A column a layout needs and the event lacks stays
 * empty: nothing is invented. Events imported from ACLED or UCDP carry their original cells in
 * `codes` and are written back cell for cell.
 *
 * An event that cannot be flattened (not a valid event object) is left out with an error issue.
 *
 * @throws {TypeError} for invalid options; the promise rejects when the file cannot be written.
 * @example
 * ```ts
 * const { value, issues } = await writeCsv(events, 'events.csv', { bom: true });
 * value.events; //=> 528
 * await writeCsv(readAcled('acled.csv'), 'out.csv', { layout: 'acled' });
 * ```
 */
export async function writeCsv(
  events: EventSource,
  target: WriteTarget,
  options: WriteCsvOptions = {},
): Promise<Result<WriteStats>> {
  return (await writeCsvObserved(events, target, options, undefined)).result;
}

/**
 * {@link writeCsv}, calling `observe` with the cells of each row before it is formatted (the Data
 * Package writer infers field types from them), and returning the layout written (its final
 * columns). Internal.
 */
export async function writeCsvObserved(
  events: EventSource,
  target: WriteTarget,
  options: WriteCsvOptions,
  observe: ((cells: readonly NativeValue[]) => void) | undefined,
): Promise<{ result: Result<WriteStats>; layout: CsvLayoutWriter }> {
  const chunkSize = options.chunkSize ?? 2000;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  const f = formatter(options);
  // The header goes out with the first rows (a codebook layout fixes its columns on the first
  // event), or alone at the end when no event was written.
  const header = options.header !== false;
  const result = await writeEventText(events, target, options, {
    batchSize: chunkSize,
    ...(options.bom === true ? { start: '\ufeff' } : {}),
    convert: (event, index, issues) => {
      const cells = f.prepare(event, index, issues);
      if (cells !== undefined) observe?.(cells);
      return cells;
    },
    text: (rows, before) => `${header && before === 0 ? f.header() + f.newline : ''}${f.rows(rows)}${f.newline}`,
    end: (written) => (header && written === 0 ? f.header() + f.newline : ''),
  });
  return { result, layout: f.layout };
}

/**
 * Formats a small array of events as CSV text, exactly as {@link writeCsv} would write it.
 * Use `writeCsv` for large or streamed inputs.
 *
 * @throws {TypeError} for invalid options.
 * @example
 * ```ts
 * const { value: csv } = toCsv([event], { layout: 'native' });
 * csv.split('\n')[0]; //=> 'id,type,subtype,date_start,…'
 * ```
 */
export function toCsv(events: readonly ConflictEvent[], options: CsvFormatOptions = {}): Result<string> {
  const f = formatter(options);
  const issues: Issue[] = [];
  const rows: NativeValue[][] = [];
  events.forEach((event, i) => {
    const cells = f.prepare(event, i, issues);
    if (cells !== undefined) rows.push(cells);
  });
  let out = options.bom === true ? '\ufeff' : '';
  if (options.header !== false) out += f.header() + f.newline;
  if (rows.length > 0) out += f.rows(rows) + f.newline;
  return { value: out, issues };
}
