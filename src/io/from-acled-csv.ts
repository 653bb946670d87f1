import { Readable } from 'node:stream';
import type { ConflictEvent } from '../schema/event.js';
import type { Result } from '../schema/issue.js';
import { type ReadCsvEventsOptions, streamCsvEvents } from './csv-event-reader.js';
import { collectRecords, type ReadRecord, type ReadSource } from './read-source.js';

/**
 * Options of the ACLED CSV readers.
 *
 * @example
 * ```ts
 * const options: ReadAcledCsvOptions = { file: 'acled-2022.csv' };
 * ```
 */
export type ReadAcledCsvOptions = ReadCsvEventsOptions;

/**
 * Streams events from an ACLED CSV export (current 31 columns, or a legacy export without
 * `disorder_type`), for files larger than memory: papaparse parses the stream, and each row goes
 * through the codebooks' `fromAcledRow` (types, dates by time_precision, inter codes, actors and
 * roles, ISO numeric codes, civilian_targeting), which keeps every original cell in `codes.acled`
 * so `writeCsv(…, { layout: 'acled' })` writes it back cell for cell.
 *
 * Issues name the file and the line the row starts on (the header is line 1; rows whose notes
 * span lines are counted exactly). A byte-order mark is ignored. A header that is not ACLED gives
 * one `unknown_header` (or `wrong_layout`, for a UCDP or native file) error and no events.
 *
 * @example
 * ```ts
 * for await (const { value, issues } of streamAcledCsv('acled.csv')) {
 *   if (value) events.push(value); // value.id === 'acled:IRQ35656'
 * }
 * ```
 */
export function streamAcledCsv(source: ReadSource, options: ReadAcledCsvOptions = {}): AsyncGenerator<ReadRecord> {
  return streamCsvEvents(source, options, ['acled', 'acled-legacy'], 'an ACLED export (its header has event_id_cnty, event_type, sub_event_type)');
}

/**
 * Reads a whole ACLED CSV into events and issues: the collect-all form of {@link streamAcledCsv}.
 *
 * @example
 * ```ts
 * const { value: events, issues } = await readAcledCsv('acled.csv');
 * ```
 */
export async function readAcledCsv(source: ReadSource, options: ReadAcledCsvOptions = {}): Promise<Result<ConflictEvent[]>> {
  return collectRecords(streamAcledCsv(source, options));
}

/**
 * Reads ACLED CSV text already in memory (see {@link streamAcledCsv}).
 *
 * @example
 * ```ts
 * const { value } = await parseAcledCsv(csvText);
 * ```
 */
export async function parseAcledCsv(text: string, options: ReadAcledCsvOptions = {}): Promise<Result<ConflictEvent[]>> {
  return readAcledCsv(Readable.from([text]), { file: '<text>', ...options });
}
