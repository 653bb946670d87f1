import { Readable } from 'node:stream';
import type { ConflictEvent } from '../schema/event.js';
import type { Result } from '../schema/issue.js';
import { type ReadCsvEventsOptions, streamCsvEvents } from './csv-event-reader.js';
import { collectRecords, type ReadRecord, type ReadSource } from './read-source.js';

/**
 * Options of the UCDP GED CSV readers.
 *
 * @example
 * ```ts
 * const options: ReadUcdpCsvOptions = { file: 'GEDEvent_v23_1.csv' };
 * ```
 */
export type ReadUcdpCsvOptions = ReadCsvEventsOptions;

/**
 * Streams events from a UCDP GED CSV (the 49 columns of GED 23.1 / 24.1 / 25.1), for files larger
 * than memory: papaparse parses the stream, and each row goes through the codebooks'
 * `fromUcdpRow` (type of violence, sides, where_prec / date_prec, the date range, deaths by
 * category and low / best / high), which keeps every original cell in `codes.ucdp` so
 * `writeCsv(…, { layout: 'ucdp' })` writes it back cell for cell.
 *
 * Issues name the file and the line the row starts on (the header is line 1; quoted cells with
 * line breaks are counted exactly). A byte-order mark is ignored. A header that is not UCDP GED
 * gives one `unknown_header` (or `wrong_layout`, for an ACLED or native file) error and no events.
 *
 * @example
 * ```ts
 * for await (const { value, issues } of streamUcdpCsv('GEDEvent_v23_1.csv')) {
 *   if (value) events.push(value); // value.id === 'ucdp:300380'
 * }
 * ```
 */
export function streamUcdpCsv(source: ReadSource, options: ReadUcdpCsvOptions = {}): AsyncGenerator<ReadRecord> {
  return streamCsvEvents(source, options, ['ucdp'], 'a UCDP GED file (its header has relid, type_of_violence, where_prec)');
}

/**
 * Reads a whole UCDP GED CSV into events and issues: the collect-all form of {@link streamUcdpCsv}.
 *
 * @example
 * ```ts
 * const { value: events, issues } = await readUcdpCsv('ucdp.csv');
 * ```
 */
export async function readUcdpCsv(source: ReadSource, options: ReadUcdpCsvOptions = {}): Promise<Result<ConflictEvent[]>> {
  return collectRecords(streamUcdpCsv(source, options));
}

/**
 * Reads UCDP GED CSV text already in memory (see {@link streamUcdpCsv}).
 *
 * @example
 * ```ts
 * const { value } = await parseUcdpCsv(csvText);
 * ```
 */
export async function parseUcdpCsv(text: string, options: ReadUcdpCsvOptions = {}): Promise<Result<ConflictEvent[]>> {
  return readUcdpCsv(Readable.from([text]), { file: '<text>', ...options });
}
