import { open } from 'node:fs/promises';
import type { ConflictEvent } from '../schema/event.js';
import type { Result } from '../schema/issue.js';
import type { ValidateEventOptions } from '../schema/validate-event.js';
import { DETECT_FORMAT_BYTES, type DatasetFormat, detectDatasetFormat } from './detect-format.js';
import { streamCsv } from './from-csv.js';
import { streamGeoJson } from './from-geojson.js';
import { streamJsonl } from './from-jsonl.js';
import { collectRecords, type ReadRecord, type ReadSourceOptions, readFailure } from './read-source.js';

/**
 * Options of {@link streamDataset} and {@link readDataset}.
 *
 * @example
 * ```ts
 * const options: ReadDatasetOptions = { format: 'acled-csv' };
 * ```
 */
export interface ReadDatasetOptions extends ReadSourceOptions {
  /** The format, when known; by default it is detected from the first bytes (see `detectDatasetFormat`). */
  format?: DatasetFormat;
  /** Options passed to `validateEvent` by the JSONL and GeoJSON readers. */
  validate?: ValidateEventOptions;
}

/**
 * The first bytes of a file (at most {@link DETECT_FORMAT_BYTES}), for telling its format.
 *
 * @example
 * ```ts
 * detectDatasetFormat(path, await readFirstBytes(path)).value; //=> 'jsonl'
 * ```
 */
export async function readFirstBytes(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(DETECT_FORMAT_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, DETECT_FORMAT_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Streams the events of a dataset file in any format the library writes or imports (JSONL, native
 * CSV, ACLED CSV, UCDP GED CSV, GeoJSON), detecting the format from the file's first bytes. For
 * commands such as `stats` and `plot` that take any of our outputs. A file whose format cannot be
 * told, or that cannot be read, gives one record with an error issue.
 *
 * @example
 * ```ts
 * for await (const { value, issues } of streamDataset('events.geojson')) if (value) summary.add(value);
 * ```
 */
export async function* streamDataset(path: string, options: ReadDatasetOptions = {}): AsyncGenerator<ReadRecord> {
  const file = options.file ?? path;
  let format = options.format;
  if (format === undefined) {
    let bytes: Uint8Array;
    try {
      bytes = await readFirstBytes(path);
    } catch (error) {
      yield { value: undefined, line: 0, issues: [readFailure(file, error instanceof Error ? error.message : String(error))] };
      return;
    }
    const detected = detectDatasetFormat(file, bytes);
    if (detected.value === undefined) {
      yield { value: undefined, line: 0, issues: detected.issues };
      return;
    }
    format = detected.value;
  }
  const common = { file };
  const validate = options.validate !== undefined ? { validate: options.validate } : {};
  switch (format) {
    case 'jsonl':
      yield* streamJsonl(path, { ...common, ...validate });
      return;
    case 'geojson':
      yield* streamGeoJson(path, { ...common, ...validate });
      return;
    case 'native-csv':
      yield* streamCsv(path, { ...common, layout: 'native' });
      return;
    case 'acled-csv':
      yield* streamCsv(path, { ...common, layout: 'acled' });
      return;
    case 'ucdp-csv':
      yield* streamCsv(path, { ...common, layout: 'ucdp' });
      return;
  }
}

/**
 * Reads every event of a dataset file in any supported format: the collect-all form of
 * {@link streamDataset}.
 *
 * @example
 * ```ts
 * const { value: events, issues } = await readDataset('acled.csv');
 * ```
 */
export async function readDataset(path: string, options: ReadDatasetOptions = {}): Promise<Result<ConflictEvent[]>> {
  return collectRecords(streamDataset(path, options));
}
