import { Readable } from 'node:stream';
import type { ConflictEvent } from '../schema/event.js';
import type { Result } from '../schema/issue.js';
import { type ReadCsvEventsOptions, streamCsvEvents } from './csv-event-reader.js';
import type { CsvHeaderLayout } from './detect-csv-layout.js';
import { collectRecords, type ReadRecord, type ReadSource } from './read-source.js';

/**
 * Options of the generic CSV readers.
 *
 * @example
 * ```ts
 * const options: ReadCsvOptions = { layout: 'native', file: 'events.csv' };
 * ```
 */
export interface ReadCsvOptions extends ReadCsvEventsOptions {
  /**
   * Which layouts to accept: `auto` (default: native, ACLED current or legacy, or UCDP GED,
   * recognised from the header) or one of them.
   */
  layout?: 'auto' | 'native' | 'acled' | 'ucdp';
}

const ACCEPT: Record<NonNullable<ReadCsvOptions['layout']>, readonly CsvHeaderLayout[]> = {
  auto: ['native', 'acled', 'acled-legacy', 'ucdp'],
  native: ['native'],
  acled: ['acled', 'acled-legacy'],
  ucdp: ['ucdp'],
};

const EXPECTED: Record<NonNullable<ReadCsvOptions['layout']>, string> = {
  auto: 'a conflict-events native CSV, an ACLED export or a UCDP GED file',
  native: 'a conflict-events native CSV',
  acled: 'an ACLED export',
  ucdp: 'a UCDP GED file',
};

/**
 * Streams events from a CSV file (or stream), with bounded memory, in the layout its header shows:
 * our native layout (as `writeCsv` writes it), an ACLED export or a UCDP GED file. Native rows are
 * rebuilt "losslessly enough for exploration": everything in the native columns comes back, but
 * not evidence spans (only counted), disagreement details, actors' countries / counts /
 * descriptions, or original dataset codes; see `NATIVE_COLUMNS`. Every row is validated; issues
 * name the file and the line the row starts on (exact, also for quoted cells with line breaks).
 *
 * @throws {TypeError} for an unknown `layout` option.
 * @example
 * ```ts
 * for await (const { value, issues, line } of streamCsv('events.csv')) {
 *   if (value) events.push(value);
 * }
 * ```
 */
export function streamCsv(source: ReadSource, options: ReadCsvOptions = {}): AsyncGenerator<ReadRecord> {
  const layout = options.layout ?? 'auto';
  if (!(layout in ACCEPT)) throw new TypeError(`unknown CSV layout ${JSON.stringify(layout)}: expected auto, native, acled or ucdp`);
  return streamCsvEvents(source, options, ACCEPT[layout], EXPECTED[layout]);
}

/**
 * Reads a whole CSV file into events and issues: the collect-all form of {@link streamCsv}.
 *
 * @example
 * ```ts
 * const { value: events, issues } = await readCsv('events.csv');
 * ```
 */
export async function readCsv(source: ReadSource, options: ReadCsvOptions = {}): Promise<Result<ConflictEvent[]>> {
  return collectRecords(streamCsv(source, options));
}

/**
 * Parses CSV text already in memory (see {@link streamCsv}).
 *
 * @example
 * ```ts
 * const { value } = await parseCsv(toCsv(events).value);
 * value.length === events.length; //=> true
 * ```
 */
export async function parseCsv(text: string, options: ReadCsvOptions = {}): Promise<Result<ConflictEvent[]>> {
  return readCsv(Readable.from([text]), { file: '<text>', ...options });
}
